"""Settings → Leads: how long a lead may wait in each stage before its card is marked, and
the reasons offered when a lead is marked lost."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from db import pipeline
from desktop.context import AppContext
from desktop.leads import stages
from desktop.leads.stages import default_name, stage_name
from desktop.operations import Area, changes
from desktop.settings.common import SettingsPage, label
from desktop.widgets.errors import describe


class PipelinePage(SettingsPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("Leads"), self.tr(
            "A card waiting in a stage longer than its limit is marked ⏳ on the board, and its column counts "
            "them. Converted is won: it has no limit."), parent)
        self.ctx = ctx
        self.body.addWidget(label(self.tr("How long a card may wait in each stage"), "caption"))
        form = QFormLayout()
        self.limits: dict[str, QSpinBox] = {}
        for stage in pipeline.DEFAULT_STALE_DAYS:
            box = QSpinBox()
            box.setRange(1, 365)
            box.setSuffix(self.tr(" days"))
            box.setMaximumWidth(180)
            box.setAccessibleName(self.tr("Day limit of %1").replace("%1", stage_name(stage)))
            self.limits[stage] = box
            form.addRow(stage_name(stage), box)
        self.first_contact = QSpinBox()
        self.first_contact.setRange(1, 24 * 60)
        self.first_contact.setSuffix(self.tr(" min"))
        self.first_contact.setMaximumWidth(180)
        self.first_contact.setAccessibleName(self.tr("First contact of a new lead from a form, within"))
        form.addRow(self.tr("First contact of a new lead within"), self.first_contact)
        self.body.addLayout(form)
        self.body.addWidget(label(self.tr(
            "A new lead from a form counts down to its first contact on its card and in “new leads waiting”; "
            "a lead that comes in while you are closed counts from the next opening."), "muted"))
        self.body.addWidget(label(self.tr("The stages' names"), "caption"))
        self.body.addWidget(label(self.tr(
            "Call the stages as your business does. Their meaning, and what Meta is told, stay the same."), "muted"))
        names_form = QFormLayout()
        self.names: dict[str, QLineEdit] = {}
        for stage in ("neutral", "interested", "contacted", "converted"):
            field = QLineEdit()
            field.setPlaceholderText(default_name(stage))
            field.setMaxLength(pipeline.MAX_STAGE_NAME)
            field.setAccessibleName(self.tr("Name shown for %1").replace("%1", default_name(stage)))
            self.names[stage] = field
            names_form.addRow(default_name(stage), field)
        self.body.addLayout(names_form)
        self.body.addWidget(label(self.tr("Reasons a lead is lost (one a line)"), "caption"))
        self.reasons = QPlainTextEdit()
        self.reasons.setAccessibleName(self.tr("Reasons a lead is lost, one a line"))
        self.reasons.setMaximumHeight(140)
        self.body.addWidget(self.reasons)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.status: QLabel = label("", "note")
        row.addWidget(self.status, 1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.load()

    def load(self) -> None:
        limits = pipeline.stale_days()
        for stage, box in self.limits.items():
            box.setValue(limits[stage])
        self.reasons.setPlainText("\n".join(stages.lost_reason_name(r) for r in pipeline.lost_reasons()))
        self.first_contact.setValue(pipeline.first_contact_minutes())
        names = pipeline.stage_names()
        for stage, field in self.names.items():
            field.setText(names.get(stage, ""))

    def save(self) -> int:
        days = {stage: box.value() for stage, box in self.limits.items()}
        reasons = self.reasons.toPlainText().splitlines()
        minutes = self.first_contact.value()
        names = {stage: field.text() for stage, field in self.names.items()}

        def work():
            pipeline.save_stage_names(names)
            pipeline.save_stale_days(days)
            pipeline.save_lost_reasons(reasons)
            pipeline.save_first_contact_minutes(minutes)
            return pipeline.stage_names()

        def saved(renamed) -> None:
            stages.use_names(renamed)
            self._say(self.tr("Saved."))

        return self.ctx.ops.run(work, changes=changes(Area.SETTINGS, Area.LEADS),
                                on_done=saved,
                                on_error=lambda exc: self._say(describe(exc), error=True))
