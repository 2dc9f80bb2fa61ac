"""The Inbox's list pane: folders, filters, loading the ids (on the DB worker), search."""
from __future__ import annotations

from db import inbox as db_inbox
from db import search as db_search
from db.contacts import all_labels
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.operations import Area, Changes
from desktop.widgets.lazy_model import Prefetched, prefetch
from desktop.widgets.staged import IDLE_STEPS, Steps

FOLDER_NAMES = (
    ("inbox", QT_TRANSLATE_NOOP("InboxView", "Inbox")),
    ("done", QT_TRANSLATE_NOOP("InboxView", "Done")),
    ("archived", QT_TRANSLATE_NOOP("InboxView", "Archived")),
    ("spam", QT_TRANSLATE_NOOP("InboxView", "Spam")),
)
FILTER_NAMES = (
    ("all", QT_TRANSLATE_NOOP("InboxView", "All")),
    ("unread", QT_TRANSLATE_NOOP("InboxView", "Unread")),
    ("flagged", QT_TRANSLATE_NOOP("InboxView", "Flagged")),
    ("mine", QT_TRANSLATE_NOOP("InboxView", "Mine")),
    ("unassigned", QT_TRANSLATE_NOOP("InboxView", "Unassigned")),
    ("waiting", QT_TRANSLATE_NOOP("InboxView", "Waiting for reply")),
)


def _filter_key(key: str, label_id: int | None) -> str:
    return f"{key}:{'' if label_id is None else label_id}"


class ListPanePart:
    """Mixin of InboxView (which gives the widgets and ``ctx``)."""

    # --- filters -------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        current = self._filter
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        for key, name in FILTER_NAMES:
            self.filter_box.addItem(QCoreApplication.translate("InboxView", name), _filter_key(key, None))
        labels = all_labels()
        if labels:
            self.filter_box.insertSeparator(self.filter_box.count())
            for label_id, name, _color in labels:
                self.filter_box.addItem(QCoreApplication.translate("InboxView", "Label: %1").replace("%1", name), _filter_key("label", label_id))
        index = max(0, self.filter_box.findData(_filter_key(*current)))
        self.filter_box.setCurrentIndex(index)
        self.filter_box.blockSignals(False)

    def _filter_chosen(self, index: int) -> None:
        data = self.filter_box.itemData(index)
        if not data:
            return
        key, _, label = data.partition(":")
        chosen = (key, int(label) if label else None)
        if chosen != self._filter:
            self._filter = chosen
            self.reload()

    def set_filter(self, key: str, label_id: int | None = None) -> None:
        index = self.filter_box.findData(_filter_key(key, label_id))
        if index >= 0:
            self.filter_box.setCurrentIndex(index)
            self._filter_chosen(index)

    def _folder_changed(self, index: int) -> None:
        self._folder = self.folder_tabs.tabData(index)
        self.reload()

    def set_folder(self, folder: str) -> None:
        for i in range(self.folder_tabs.count()):
            if self.folder_tabs.tabData(i) == folder:
                self.folder_tabs.setCurrentIndex(i)

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the ids for the folder and filter (or the search) on the DB worker."""
        self._generation += 1
        generation = self._generation
        folder, (filter_, label_id), query = self._folder, self._filter, self._query
        member, now, prefer = self.ctx.member_id, self.ctx.now(), self._prefer
        # The rows the list shows now are read beside the ids: the paint after the reload
        # reads nothing. (At start-up, before the list is made, none: the first paint reads
        # its rows while the worker is idle; read on the worker they measured no faster.)
        shown = self.model.shown_blocks(self.list_view) if hasattr(self, "list_view") else ()

        def job():
            if query:
                ids = db_search.search_conversations(query, folder)
            else:
                ids = db_inbox.conversation_ids(folder, filter_, member_id=member, label_id=label_id, now=now,
                                                prefer=prefer)
            return prefetch(db_inbox.conversation_rows, ids, shown)

        self.ctx.tasks.run(job, lambda ids: self._set_ids(ids, generation))

    def _set_ids(self, read: Prefetched, generation: int) -> None:
        if generation != self._generation:
            return  # the user moved on while this was loading
        self._shown_generation = generation
        if (self._pending_open is not None and self._pending_open != self._prefer and not self._query
                and read.ids and self._pending_open not in read.ids):
            # Asked to open one of a person's older conversations: it stands for them.
            self._prefer = self._pending_open
            self.reload()
            return
        keep = self._pending_open or self._open_id
        selected = set(self.selected_ids())
        self.model.set_ids(read)
        ids = read.ids
        # The first rows are placed now, not a turn of the event loop later: whatever
        # paints next (the window's first paint, a grab) shows them.
        self.list_view.executeDelayedItemsLayout()
        self.list_stack.setCurrentWidget(self.list_view if ids else self.list_empty)
        if self._query:
            self.list_empty.title.setText(QCoreApplication.translate("InboxView", "No matches"))
            self.list_empty.text.setText(QCoreApplication.translate("InboxView", "Nothing in this folder matches “%1”.").replace("%1", self._query))
            found = len(ids)  # (a plain name: lupdate misses a plural whose count is a call)
            self.result_label.setText(QCoreApplication.translate("InboxView", "%n conversation(s) found", "", found))
        else:
            self.list_empty.title.setText(QCoreApplication.translate("InboxView", "Nothing here"))
            self.list_empty.text.setText(QCoreApplication.translate("InboxView", "Conversations in this folder will appear here."))
        self.result_label.setVisible(bool(self._query))
        if keep is not None and self.model.row_of(keep) >= 0:
            self._select(keep, extra=selected - {keep})
        self._pending_open = None
        self.ids_loaded.emit()

    def _on_changed(self, what: Changes) -> None:
        """A change committed: the rows it names are read again when next painted, the
        folder's ids (and the rows on screen) on the worker now; the filters and the open
        conversation follow a step per turn of the event loop (all at once they held the
        window ~50 ms)."""
        if what.touches(Area.INBOX, Area.TEAM):
            if what.conversations:
                self.model.invalidate(list(what.conversations))
            self.reload()  # (the rows shown come with the ids: the others are read as painted)
            IDLE_STEPS.put(self, Steps(self._after_change(what)))
        elif what.touches(Area.UNREAD):
            self.model.invalidate(list(what.conversations) or None)

    def _after_change(self, what: Changes):
        self._fill_filters()  # (a label made, renamed or deleted)
        if self._open_id is not None and (not what.conversations or self._open_id in what.conversations):
            yield
            yield from self._refresh_open_steps()

    # --- search ------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _run_search(self) -> None:
        query = " ".join(self.search_box.text().split())
        if query == self._query:
            return
        self._query = query
        self._highlight = db_search.highlight_terms(query)
        if self._thread_view is not None:
            self._thread_view.set_highlight(self._highlight)
        self.filter_box.setEnabled(not query)
        self.reload()

    def search(self, text: str) -> None:
        """Type into the search box and run it now (without waiting for the pause)."""
        self.search_box.setText(text)
        self._search_timer.stop()
        self._run_search()
