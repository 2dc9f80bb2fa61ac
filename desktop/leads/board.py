"""The kanban board: four stage columns of lazily painted cards, dragged between columns."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel, QByteArray, QEasingCurve, QMimeData, QModelIndex, QRectF, QSize, Qt,
    QVariantAnimation, Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from db import leads as db_leads
from desktop import theme
from desktop.widgets import timefmt
from desktop.widgets.money import money
from desktop.widgets.avatar import paint_avatar
from desktop.widgets.text import tooltip_text
from desktop.widgets.lazy_model import IdRole, LazyIdListModel, RowRole, RowsOfOneSize

MIME = "application/x-sportello-leads"
CARD_H = 96
# Cards drawn lately, as pictures (see CardDelegate.paint), most recent last: ~110 KB each
# at 300 px wide, a few screens of the four columns.
CARD_PICTURES = 128
_card_pictures: dict[tuple, QPixmap] = {}


def source_text(row: db_leads.LeadRow) -> str:
    from PySide6.QtCore import QCoreApplication
    names = {
        "form": QCoreApplication.translate("Leads", "Form"), "ad": QCoreApplication.translate("Leads", "Ad"),
        "campaign": QCoreApplication.translate("Leads", "Campaign"),
        "organic": QCoreApplication.translate("Leads", "Organic"),
        "manual": QCoreApplication.translate("Leads", "Entered by hand"),
        "import": QCoreApplication.translate("Leads", "Imported"),
    }
    text = names.get(row.source, row.source)
    return f"{text} · {row.source_detail}" if row.source_detail else text


def describe(row: db_leads.LeadRow) -> str:
    return f"{row.name}, {source_text(row)}"


def spoken_card(row: db_leads.LeadRow, now: int) -> str:
    """Everything a card shows, in words, for a screen reader (and the tooltip)."""
    from PySide6.QtCore import QCoreApplication

    # (Each string written out in its call: lupdate reads only literal arguments.)
    parts = [row.name or row.email or row.phone, source_text(row)]
    if row.owner_id:
        parts.append(QCoreApplication.translate("Leads", "owner %1").replace("%1", row.owner_name))
    else:
        parts.append(QCoreApplication.translate("Leads", "no owner"))
    if row.labels:
        parts.append(QCoreApplication.translate("Leads", "labels %1").replace(
            "%1", ", ".join(name for name, _ in row.labels)))
    stars = row.priority  # (a plain name, for lupdate)
    if stars:
        parts.append(QCoreApplication.translate("Leads", "%n star(s)", "", stars))
    if row.value_cents is not None:
        parts.append(QCoreApplication.translate("Leads", "value %1").replace("%1", money(row.value_cents, CURRENCY[0])))
    if row.lost_at:
        parts.append(QCoreApplication.translate("Leads", "lost: %1").replace("%1", row.lost_reason))
    days = row.days_in_stage(now)  # (a plain name: lupdate does not see a call with a call in it)
    parts.append(QCoreApplication.translate("Leads", "%n day(s) in stage", "", days))
    if stale(row, now):
        parts.append(QCoreApplication.translate("Leads", "over this stage's limit"))
    if row.id in WAITING and not row.lost_at:
        parts.append(first_contact_text(WAITING[row.id], now)[0].lstrip("⚡ "))
    if row.next_follow_up is not None:
        when = timefmt.full(row.next_follow_up)
        if row.overdue(now):
            parts.append(QCoreApplication.translate("Leads", "follow-up overdue since %1").replace("%1", when))
        else:
            parts.append(QCoreApplication.translate("Leads", "next follow-up %1").replace("%1", when))
    return "; ".join(p for p in parts if p)


# What the board read with its columns (desktop/leads/view.py sets them): each stage's day
# limit, and the business's currency.
LIMITS: dict[str, int] = {}
CURRENCY: list[str] = [""]
WAITING: dict[int, int] = {}  # new leads from forms not contacted yet -> when they should be


def first_contact_text(due_at: int, now: int) -> tuple[str, bool]:
    """"⚡ 4 min to contact", "⚡ 2 h late": the first-contact countdown of a new lead."""
    from PySide6.QtCore import QCoreApplication
    if now < due_at:
        return "⚡ " + QCoreApplication.translate("Leads", "%1 to contact").replace(
            "%1", timefmt.duration(due_at - now)), False
    return "⚡ " + QCoreApplication.translate("Leads", "%1 late").replace("%1", timefmt.duration(now - due_at)), True


def stale(row: db_leads.LeadRow, now: int) -> bool:
    from db.pipeline import is_stale
    return not row.lost_at and is_stale(row.stage, row.stage_changed_at, now, LIMITS)


class LeadModel(LazyIdListModel):
    """Ids first, rows a block at a time; cards can be dragged out."""

    def __init__(self, now: Callable[[], int] | None = None, parent=None) -> None:
        super().__init__(db_leads.lead_rows, describe, parent)
        self._now = now

    def data(self, index, role=Qt.DisplayRole):
        if self._now is not None and role in (Qt.AccessibleTextRole, Qt.ToolTipRole) and index.isValid():
            row = self.row(index.row())
            if row is None:
                return None
            text = spoken_card(row, self._now())
            return tooltip_text(text) if role == Qt.ToolTipRole else text
        return super().data(index, role)

    def flags(self, index):
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemIsDragEnabled
        return base | Qt.ItemIsDropEnabled

    def supportedDragActions(self):
        return Qt.MoveAction

    def supportedDropActions(self):
        return Qt.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        ids = [i.data(IdRole) for i in indexes if i.isValid()]
        return lead_mime(ids)


def lead_mime(ids) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, QByteArray(",".join(str(i) for i in ids).encode()))
    return data


class CardDelegate(QStyledItemDelegate):
    """Name, source, owner's avatar, labels, days in stage, next follow-up (red when overdue)."""

    def __init__(self, now: Callable[[], int], parent=None) -> None:
        super().__init__(parent)
        self._now = now
        self.flash: dict[int, float] = {}  # lead id -> 0..1 highlight of a card that just arrived

    def sizeHint(self, option, index) -> QSize:
        # Narrower than any column: a card takes its column's width and never scrolls sideways.
        return QSize(120, CARD_H)

    def paint(self, painter: QPainter, option, index) -> None:
        row: db_leads.LeadRow | None = index.data(RowRole)
        selected = bool(option.state & QStyle.State_Selected)
        glow = 0.0 if row is None else self.flash.get(row.id, 0.0)
        if row is None or glow > 0:  # a row still loading, or a card lighting up: drawn as it is
            self._draw(painter, QRectF(option.rect), option.font, row, selected, glow, None)
            return
        # A card is drawn once into a picture, kept while what it shows stays the same: the
        # first switch to the board (painted ahead, off screen), scrolling back or a drag
        # passing over then cost a copy per card instead of its ~0.5 ms of drawing.
        c = theme.colors()
        bottom = self._bottom_line(row, self._now())
        ratio = painter.device().devicePixelRatioF()
        size = option.rect.size()
        key = (row, bottom, size.toTuple(), selected, ratio, option.font.key(), tuple(c.values()), CURRENCY[0])
        picture = _card_pictures.pop(key, None)
        if picture is None:
            picture = QPixmap(size * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(QColor(c["sidebar"]))  # the column's own background (app.qss: #stageColumn)
            card_painter = QPainter(picture)
            self._draw(card_painter, QRectF(0, 0, size.width(), size.height()), option.font, row, selected, 0.0,
                       bottom)
            card_painter.end()
            while len(_card_pictures) >= CARD_PICTURES:
                del _card_pictures[next(iter(_card_pictures))]  # the least recently painted
        _card_pictures[key] = picture
        painter.drawPixmap(option.rect.topLeft(), picture)

    @staticmethod
    def _bottom_line(row: db_leads.LeadRow, now: int) -> tuple[str, str, bool]:
        """Days in stage (a sign when over the stage's limit), next follow-up, overdue: what a
        card shows that moves with the clock. A lost lead says why instead of its follow-up."""
        from PySide6.QtCore import QCoreApplication
        days = row.days_in_stage(now)  # (a plain name: lupdate does not see a call with a call in it)
        left = QCoreApplication.translate("Leads", "%n day(s) in stage", "", days)
        if stale(row, now):
            left = "⏳ " + left
        if row.id in WAITING and not row.lost_at:  # speed to lead: the countdown says it first
            countdown, late = first_contact_text(WAITING[row.id], now)
            if row.next_follow_up is None:
                return countdown, "", late
            left = countdown
        if row.lost_at:
            return left, QCoreApplication.translate("Leads", "Lost: %1").replace("%1", row.lost_reason), True
        if row.next_follow_up is None:
            return left, "", False
        overdue = row.overdue(now)
        # Overdue is said in words and a sign, not by colour alone.
        text = ("⚠ " + QCoreApplication.translate("Leads", "overdue") + " " if overdue else "⏰ ") + \
            timefmt.short_when(row.next_follow_up, now)
        return left, text, overdue

    def _draw(self, painter: QPainter, rect: QRectF, font: QFont, row: db_leads.LeadRow | None, selected: bool,
              glow: float, bottom_line: tuple[str, str, bool] | None) -> None:
        c = theme.colors()
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        card = rect.adjusted(6, 4, -6, -4)
        painter.setPen(QPen(QColor(c["accent"] if selected else c["border"]), 1.2))
        painter.setBrush(QColor(c["surface"]))
        painter.drawRoundedRect(card, 8, 8)
        if row is None:
            painter.restore()
            return
        if glow > 0:
            color = QColor(c["accent"])
            color.setAlphaF(0.35 * glow)
            painter.setBrush(color)
            painter.setPen(Qt.NoPen)
            painter.drawRoundedRect(card, 8, 8)
        base = QFont(font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        inner = card.adjusted(10, 8, -10, -8)
        if row.owner_id:
            paint_avatar(painter, QRectF(inner.right() - 22, inner.top(), 22, 22), row.owner_initials,
                         QColor(row.owner_color or c["muted"]), base)
        painter.setFont(bold)
        painter.setPen(QColor(c["text"]))
        name_w = inner.width() - (28 if row.owner_id else 0)
        stars = "★" * row.priority
        stars_w = QFontMetrics(small).horizontalAdvance(stars) + 6 if stars else 0
        name = QFontMetrics(bold).elidedText(row.name or row.email or row.phone, Qt.ElideRight, int(name_w - stars_w))
        painter.drawText(QRectF(inner.left(), inner.top(), name_w, 20), Qt.AlignLeft | Qt.AlignVCenter, name)
        if stars:  # (stars in the flag's colour, and spoken as "2 stars": not colour alone)
            painter.setFont(small)
            painter.setPen(QColor(c["flag"]))
            x_stars = inner.left() + QFontMetrics(bold).horizontalAdvance(name) + 6
            painter.drawText(QRectF(x_stars, inner.top(), stars_w, 20), Qt.AlignLeft | Qt.AlignVCenter, stars)
        painter.setFont(small)
        painter.setPen(QColor(c["muted"]))
        fm = QFontMetrics(small)
        value = money(row.value_cents, CURRENCY[0]) if row.value_cents is not None else ""
        value_w = fm.horizontalAdvance(value) + 8 if value else 0
        if value:
            painter.setPen(QColor(c["text"]))
            painter.drawText(QRectF(inner.left(), inner.top() + 21, inner.width(), 16), Qt.AlignRight | Qt.AlignVCenter,
                             value)
            painter.setPen(QColor(c["muted"]))
        painter.drawText(QRectF(inner.left(), inner.top() + 21, inner.width() - value_w, 16),
                         Qt.AlignLeft | Qt.AlignVCenter,
                         fm.elidedText(source_text(row), Qt.ElideRight, int(inner.width() - value_w)))
        # Labels.
        x, y = inner.left(), inner.top() + 40
        for name, color in row.labels:
            w = fm.horizontalAdvance(name) + 12
            if x + w > inner.right():
                break
            chip = QRectF(x, y, w, 16)
            fill = QColor(color)
            fill.setAlpha(45)
            painter.setPen(Qt.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 8, 8)
            painter.setPen(QColor(c["text"]))
            painter.drawText(chip, Qt.AlignCenter, name)
            x += w + 4
        # Bottom line: days in stage · next follow-up.
        left, follow_up, overdue = bottom_line or self._bottom_line(row, self._now())
        bottom = QRectF(inner.left(), inner.bottom() - 16, inner.width(), 16)
        right_w = 0
        if follow_up:
            painter.setPen(QColor(c["danger"] if overdue else c["muted"]))
            painter.drawText(bottom, Qt.AlignRight | Qt.AlignVCenter, follow_up)
            right_w = fm.horizontalAdvance(follow_up) + 8
        # Stale in orange, a new lead's countdown in the accent, red once late (overdue keeps the red).
        if left.startswith("⚡"):
            pen = c["danger"] if overdue and not follow_up else c["accent_text"]
        else:
            pen = c["flag"] if left.startswith("⏳") else c["muted"]
        painter.setPen(QColor(pen))
        painter.drawText(bottom, Qt.AlignLeft | Qt.AlignVCenter,
                         fm.elidedText(left, Qt.ElideRight, int(bottom.width() - right_w)))
        painter.restore()


class StageList(RowsOfOneSize, QListView):
    """One column: cards of one stage. Accepts cards dropped from the other columns."""

    dropped = Signal(list, str)  # lead ids, this column's stage
    starred = Signal(list, int)  # lead ids, none to three stars (keys 0 to 3)

    def __init__(self, stage: str, now: Callable[[], int], parent=None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setVerticalScrollMode(QListView.ScrollPerPixel)
        self.lead_model = LeadModel(now, self)
        self.setModel(self.lead_model)
        self.card_delegate = CardDelegate(now, self)
        self.setItemDelegate(self.card_delegate)
        self._animation: QVariantAnimation | None = None

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        raw = bytes(event.mimeData().data(MIME)).decode()
        ids = [int(x) for x in raw.split(",") if x.strip().isdigit()]
        event.setDropAction(Qt.CopyAction)  # the model does not remove rows; the board reloads
        event.accept()
        if ids:
            self.dropped.emit(ids, self.stage)

    def selected_ids(self) -> list[int]:
        return [i.data(IdRole) for i in sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())]

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key_0, Qt.Key_1, Qt.Key_2, Qt.Key_3) and not event.modifiers() & ~Qt.KeypadModifier:
            ids = self.selected_ids()
            if ids:
                self.starred.emit(ids, event.key() - Qt.Key_0)
                return
        super().keyPressEvent(event)

    def flash(self, ids) -> None:
        """The short animation that shows where a moved card landed."""
        ids = set(ids)
        animation = QVariantAnimation(self)
        animation.setStartValue(1.0)
        animation.setEndValue(0.0)
        animation.setDuration(700)
        animation.setEasingCurve(QEasingCurve.OutCubic)

        def step(value) -> None:
            for lead_id in ids:
                self.card_delegate.flash[lead_id] = float(value)
            self.viewport().update()

        def done() -> None:
            for lead_id in ids:
                self.card_delegate.flash.pop(lead_id, None)
            self.viewport().update()

        animation.valueChanged.connect(step)
        animation.finished.connect(done)
        self._animation = animation
        step(1.0)
        animation.start()
        for lead_id in ids:
            row = self.lead_model.row_of(lead_id)
            if row >= 0:
                self.scrollTo(self.lead_model.index(row))


class LeadTableModel(QAbstractTableModel):
    """The list view: ids first, rows a block at a time, columns as the export."""

    COLUMNS = ("name", "email", "phone", "stage", "owner", "creator", "source", "labels", "created", "follow_up")

    def __init__(self, now: Callable[[], int], parent=None) -> None:
        super().__init__(parent)
        self._now = now
        self.rows = LazyIdListModel(db_leads.lead_rows, describe, self)

    def set_ids(self, ids) -> None:
        self.beginResetModel()
        self.rows.set_ids(ids)
        self.endResetModel()

    def ids(self) -> list[int]:
        return self.rows.ids()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.rows.rowCount()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        from PySide6.QtCore import QCoreApplication
        t = QCoreApplication.translate
        names = (t("Leads", "Name"), t("Leads", "E-mail"), t("Leads", "Phone"), t("Leads", "Stage"),
                 t("Leads", "Owner"), t("Leads", "Creator"), t("Leads", "Source"), t("Leads", "Labels"),
                 t("Leads", "Created"), t("Leads", "Next follow-up"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rows.rowCount():
            return None
        if role == IdRole:
            return self.rows.id_at(index.row())
        row = self.rows.row(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        column = self.COLUMNS[index.column()]
        if role == Qt.ForegroundRole and column == "follow_up" and row.overdue(self._now()):
            return QColor(theme.colors()["danger"])
        if role not in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
            return None
        from desktop.leads.stages import stage_name
        values = {
            "name": row.name, "email": row.email, "phone": row.phone, "stage": stage_name(row.stage),
            "owner": row.owner_name, "creator": row.creator_name, "source": source_text(row),
            "labels": ", ".join(n for n, _ in row.labels), "created": timefmt.full(row.created_at),
            "follow_up": ("⚠ " if row.overdue(self._now()) else "") + timefmt.when(row.next_follow_up, self._now())
            if row.next_follow_up else "",
        }
        return tooltip_text(values[column]) if role == Qt.ToolTipRole else values[column]

