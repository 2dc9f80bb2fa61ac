"""The month grid: follow-ups as chips in their owner's colour, dragged between days."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from db.reminders import Occurrence
from desktop import theme
from desktop.widgets import timefmt
from desktop.widgets.staged import Steps
from desktop.widgets.text import show_tooltip

MIME = "application/x-sportello-reminder"
HEADER_H = 26
SPOKEN_ITEMS = 12  # a screen reader hears the selected day's first follow-ups, then how many more
CHIP_H = 18


def owner_mark(owner_name: str) -> str:
    """"GR" for Giulia Rossi, "王" for 王芳; nothing for a follow-up nobody owns."""
    from db.text import initials
    first, _, last = (owner_name or "").partition(" ")
    return initials(first, last) if owner_name else ""


class MonthGrid(QWidget):
    """6 weeks x 7 days. Click selects a day, double-click an empty day asks for a new follow-up."""

    day_selected = Signal(object)          # date
    day_double_clicked = Signal(object)    # date (a free spot was double-clicked)
    chip_double_clicked = Signal(object)   # Occurrence
    reminder_dropped = Signal(int, object)  # reminder id, date

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(QSize(7 * 60, 360))
        self.first_weekday = 1  # Monday (Qt numbering 1..7)
        self.month = date.today().replace(day=1)
        self.today = date.today()
        self.selected = self.today
        self.items: dict[date, list[Occurrence]] = {}
        # Counts the follow-ups given: the picture kept is of one reading (an id() of the dict
        # could be reused by a later one and show old chips).
        self._items_version = 0
        self._press: tuple[QPoint, Occurrence | None] | None = None
        self._drop_day: date | None = None
        self._picture: tuple[tuple, QPixmap] | None = None  # (what it shows, the drawing)

    # --- data --------------------------------------------------------------------------
    def set_month(self, month: date, items: dict[date, list[Occurrence]], today: date) -> None:
        self.month, self.items, self.today = month.replace(day=1), items, today
        self._items_version += 1
        self._describe()
        self.update()

    def spoken_day(self, day: date) -> str:
        """The selected day and its follow-ups in words: what a screen reader says of the grid."""
        from PySide6.QtCore import QDate, QLocale
        heading = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.LongFormat)
        items = self.items.get(day, [])
        parts = [self.tr("%n follow-up(s)", "", len(items))]
        for item in items[:SPOKEN_ITEMS]:
            r = item.reminder
            state = self.tr("done") + " " if r.done_at is not None else ""
            owner = r.owner_name or self.tr("unassigned")
            parts.append(f"{state}{timefmt.clock(item.at)} {r.text} ({owner})")
        if len(items) > SPOKEN_ITEMS:  # the day's agenda, beside the grid, lists them all
            parts.append(self.tr("and %n more", "", len(items) - SPOKEN_ITEMS))
        return f"{heading}: " + "; ".join(parts)

    def _describe(self) -> None:
        self.setAccessibleDescription(self.spoken_day(self.selected))

    def first_day(self) -> date:
        offset = (self.month.isoweekday() - self.first_weekday) % 7
        return self.month - timedelta(days=offset)

    def days(self) -> list[date]:
        start = self.first_day()
        return [start + timedelta(days=i) for i in range(42)]

    # --- geometry --------------------------------------------------------------------------
    def cell_rect(self, index: int) -> QRectF:
        w = self.width() / 7
        h = (self.height() - HEADER_H) / 6
        return QRectF((index % 7) * w, HEADER_H + (index // 7) * h, w, h)

    def day_at(self, pos) -> date | None:
        if pos.y() < HEADER_H:
            return None
        w = self.width() / 7
        h = (self.height() - HEADER_H) / 6
        col, row = int(pos.x() // w), int((pos.y() - HEADER_H) // h)
        if 0 <= col < 7 and 0 <= row < 6:
            return self.days()[row * 7 + col]
        return None

    def chip_rects(self, index: int, day: date | None = None) -> tuple[list[tuple[QRectF, Occurrence]], int]:
        """The chips drawn in a cell and how many did not fit ("+N more")."""
        day = self.days()[index] if day is None else day
        cell = self.cell_rect(index).adjusted(3, 22, -3, -3)
        items = self.items.get(day, [])
        fit = max(0, int(cell.height() // (CHIP_H + 2)))
        if len(items) > fit:
            fit = max(0, fit - 1)
        rects = []
        for i, item in enumerate(items[:fit]):
            rects.append((QRectF(cell.left(), cell.top() + i * (CHIP_H + 2), cell.width(), CHIP_H), item))
        return rects, len(items) - len(rects)

    def chip_at(self, pos) -> Occurrence | None:
        day = self.day_at(pos)
        if day is None:
            return None
        index = self.days().index(day)
        for rect, item in self.chip_rects(index)[0]:
            if rect.contains(pos):
                return item
        return None

    def chip_center(self, reminder_id: int) -> QPoint | None:
        for index in range(42):
            for rect, item in self.chip_rects(index)[0]:
                if item.reminder.id == reminder_id and not item.repeat:
                    return rect.center().toPoint()
        return None

    def day_center(self, day: date) -> QPoint:
        return self.cell_rect(self.days().index(day)).center().toPoint()

    # --- painting ----------------------------------------------------------------------------
    def _picture_key(self) -> tuple:
        """Everything the grid's picture depends on."""
        return (self._items_version, self.month, self.today, self.selected, self._drop_day, self.hasFocus(),
                self.first_weekday, self.size().toTuple(), self.devicePixelRatioF(),
                tuple(theme.colors().values()), self.font().key(), QLocale().name())

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.LanguageChange, QEvent.FontChange, QEvent.StyleChange, QEvent.PaletteChange):
            self._picture = None
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        # The grid is drawn once into a picture, repainted from it until what it shows
        # changes: the first switch to the Calendar (painted ahead, off screen), a tooltip
        # or a window passing over it then cost a copy instead of ~20 ms of drawing.
        if self._picture is None or self._picture[0] != self._picture_key():
            Steps(self.paint_ahead()).finish()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture[1])
        painter.end()

    def paint_ahead(self):
        """Draw the grid's picture a week per step (a busy month is ~50 ms of drawing: the
        window paints it ahead in pieces, desktop/main_window.py); a picture whose grid
        changed meanwhile is not kept."""
        key = self._picture_key()
        if self._picture is not None and self._picture[0] == key:
            return
        ratio = self.devicePixelRatioF()
        picture = QPixmap(self.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        try:
            for _week in self._draw(painter):
                yield
        finally:
            painter.end()
        if self._picture_key() == key:
            self._picture = (key, picture)

    def _draw(self, p: QPainter):
        """Draw the grid with ``p``, yielding after each week."""
        c = theme.colors()
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor(c["surface"]))
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        locale = QLocale()
        p.setFont(small)
        p.setPen(QColor(c["muted"]))
        w = self.width() / 7
        for i in range(7):
            weekday = (self.first_weekday - 1 + i) % 7 + 1
            p.drawText(QRectF(i * w, 0, w, HEADER_H), Qt.AlignCenter, locale.dayName(weekday, QLocale.ShortFormat))
        fm = QFontMetrics(small)
        for index, day in enumerate(self.days()):
            if index and index % 7 == 0:
                yield
            rect = self.cell_rect(index)
            in_month = day.month == self.month.month
            fill = QColor(c["surface"] if in_month else c["window"])
            if day == self.selected:
                fill = QColor(c["accent_soft"])
            if day == self._drop_day:
                fill = QColor(c["hover"])
            p.fillRect(rect, fill)
            p.setPen(QPen(QColor(c["border"]), 1))
            p.setBrush(Qt.NoBrush)
            p.drawRect(rect)
            if day == self.selected:  # a frame, not colour alone; thicker while the grid has focus
                width = 2.5 if self.hasFocus() else 1.5
                p.setPen(QPen(QColor(c["accent"]), width))
                p.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))
            number = QRectF(rect.left() + 4, rect.top() + 2, 22, 18)
            if day == self.today:
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(c["accent"]))
                p.drawEllipse(number.adjusted(0, -1, 0, 1))
                p.setPen(QColor(c["on_accent"]))
            else:
                p.setPen(QColor(c["text"] if in_month else c["muted"]))
            bold = QFont(small)
            bold.setBold(day == self.today)
            p.setFont(bold)
            p.drawText(number, Qt.AlignCenter, str(day.day))
            p.setFont(small)
            rects, more = self.chip_rects(index, day)
            for chip, item in rects:
                r = item.reminder
                color = QColor(r.owner_color)
                soft = QColor(color)
                soft.setAlpha(45 if r.done_at is None else 18)
                p.setPen(Qt.NoPen)
                p.setBrush(soft)
                p.drawRoundedRect(chip, 4, 4)
                p.setBrush(color)
                p.drawRoundedRect(QRectF(chip.left(), chip.top(), 4, chip.height()), 2, 2)
                prefix = ("✓ " if r.done_at is not None else "") + ("↻ " if r.recurrence else "")
                short = f"{prefix}{timefmt.clock(item.at)}"
                label = f"{short} {r.text}"
                # The owner by initials too, not by the stripe's colour alone.
                mark = owner_mark(r.owner_name)
                mark_w = fm.horizontalAdvance(mark) + 6 if mark else 0
                if fm.horizontalAdvance(short) > chip.width() - 9 - mark_w:
                    mark_w = 0  # the time comes first; the stripe and the tooltip still name the owner
                p.setPen(QColor(c["muted"]))
                if mark_w:
                    p.drawText(chip.adjusted(0, 0, -3, 0), Qt.AlignRight | Qt.AlignVCenter, mark)
                p.setPen(QColor(c["text"] if r.done_at is None else c["muted"]))
                room = int(chip.width() - 9 - mark_w)
                if fm.horizontalAdvance(label) > room and fm.horizontalAdvance(short + " …") > room:
                    label = short  # the time whole rather than an elided "21:4…"
                p.drawText(chip.adjusted(7, 0, -2 - mark_w, 0), Qt.AlignLeft | Qt.AlignVCenter,
                           fm.elidedText(label, Qt.ElideRight, room))
            if more:
                p.setPen(QColor(c["accent_text"]))
                y = rect.bottom() - CHIP_H - 2
                p.drawText(QRectF(rect.left() + 6, y, rect.width() - 8, CHIP_H), Qt.AlignLeft | Qt.AlignVCenter,
                           self.tr("+%n more", "", more))

    # --- mouse and keyboard ---------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        pos = event.position()
        day = self.day_at(pos)
        if day is not None:
            self.select(day)
        self._press = (event.position().toPoint(), self.chip_at(pos))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press and self._press[1] is not None and event.buttons() & Qt.LeftButton:
            if (event.position().toPoint() - self._press[0]).manhattanLength() > 6:
                self._start_drag(self._press[1])
                self._press = None
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        chip = self.chip_at(event.position())
        if chip is not None:
            self.chip_double_clicked.emit(chip)
            return
        day = self.day_at(event.position())
        if day is not None:
            self.day_double_clicked.emit(day)

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:  # a chip whole: time, text and owner in words
            chip = self.chip_at(QPointF(event.pos()))
            if chip is not None:
                r = chip.reminder
                owner = r.owner_name or self.tr("unassigned")  # (lupdate does not look into f-strings)
                show_tooltip(event.globalPos(), f"{timefmt.clock(chip.at)} {r.text}\n{owner}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:
        self.update()  # the selected day's frame thickens: a visible focus
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        steps = {Qt.Key_Left: -1, Qt.Key_Right: 1, Qt.Key_Up: -7, Qt.Key_Down: 7}
        if event.key() in steps:
            self.select(self.selected + timedelta(days=steps[event.key()]))
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.day_double_clicked.emit(self.selected)
            return
        super().keyPressEvent(event)

    def select(self, day: date) -> None:
        self.selected = day
        self._describe()
        self.update()
        self.day_selected.emit(day)

    # --- drag and drop ----------------------------------------------------------------------------
    @staticmethod
    def mime_for(occurrence: Occurrence) -> QMimeData:
        data = QMimeData()
        data.setData(MIME, QByteArray(str(occurrence.reminder.id).encode()))
        data.setText(occurrence.reminder.text)
        return data

    def _start_drag(self, occurrence: Occurrence) -> None:
        drag = QDrag(self)
        drag.setMimeData(self.mime_for(occurrence))
        drag.exec(Qt.MoveAction)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            self._drop_day = self.day_at(event.position())
            self.update()
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._drop_day = None
        self.update()

    def dropEvent(self, event) -> None:
        self._drop_day = None
        day = self.day_at(event.position())
        if day is None or not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        reminder_id = int(bytes(event.mimeData().data(MIME)).decode())
        event.acceptProposedAction()
        self.reminder_dropped.emit(reminder_id, day)

