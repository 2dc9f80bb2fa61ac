"""Leads in and out: Meta lead-ads downloads, ordinary CSV, our own export, vCards.

Meta's "CSV" download is tab-separated, in UTF-8 or UTF-16 (with a byte order
mark), its values carry type prefixes (``l:`` lead id, ``p:`` phone, ``f:``
form, ``ag:``/``as:``/``c:`` ad, ad set, campaign) and any column it does not
know is the answer to one of the form's questions. Every row is checked before
anything is written: an import writes everything or nothing (or, asked to skip
invalid rows, every valid row and the list of the others).
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from typing import Callable, Sequence, TextIO

from db import pipeline
from db.collector import collector_paused
from db.choices import STAGES
from db.clock import iso, parse_iso
from db.contact_facts import FactError, normalize_email, normalize_phone, split_name
from peewee import JOIN, fn

from db.database import Prepared, advance_sequences, chunks, database, insert_rows, per_engine, slot, slots
from db.database import rows as db_rows
from db.models import Contact, Label, Lead, LeadLabel, LeadStageChange, TeamMember
from db.io import FORMULA_STARTS, write_csv

MAX_FIELD = 10_000
MAX_ROWS = 200_000
EXPORT_FIRST = ("full_name", "email", "phone", "stage", "owner", "creator", "created_time", "labels")
EXPORT_MORE = ("first_name", "last_name", "city", "country", "source", "source_detail", "lead_id", "sportello_id")
# The pipeline's columns (db/pipeline.py): stars, expected value, lost and why, and when the
# lead first entered each stage.
EXPORT_PIPELINE = ("priority", "value", "lost_at", "lost_reason", *(f"{stage}_at" for stage in STAGES))

# What a column name means (names compared lower-case with punctuation removed). Meta's
# own field names come first: the Ads Manager download and the Leads Center export use
# them for the standard questions of a lead form (full_name, email, phone_number,
# work_email, city, zip_code, ...); anything else is the answer to a custom question.
FIELD_ALIASES = {
    "lead_id": ("id", "lead id", "leadid", "lead_id"),
    # Our own export's: this database's identity and the lead's id in it (a re-import finds
    # the lead again, even one with no e-mail, phone or Meta id).
    "sportello_id": ("sportello_id",),
    "created_time": ("created time", "created_time", "created", "date", "created at", "data"),
    "full_name": ("full name", "full_name", "name", "nome completo", "nume complet"),
    "first_name": ("first name", "first_name", "given name", "nome", "nome proprio", "prenume"),
    "last_name": ("last name", "last_name", "surname", "family name", "cognome"),
    "email": ("email", "e mail", "email address", "e-mail", "posta elettronica"),
    "work_email": ("work_email", "work email", "business email"),
    "phone": ("phone", "phone number", "phone_number", "telefono", "telefon", "mobile", "cellulare"),
    "work_phone": ("work_phone_number", "work phone number", "work phone", "business phone"),
    "city": ("city", "città", "citta", "oraș", "oras"),
    "country": ("country", "paese", "țară", "tara"),
    "job_title": ("job_title", "job title", "qualifica"),
    "company_name": ("company_name", "company name", "company", "azienda"),
    # A stage column: ours, or another tool's stage or status in its own words (mapped).
    "stage": ("stage", "lead stage", "pipeline stage", "lead status", "status", "deal stage", "lifecycle stage"),
    # Meta's lead_status is the form's completion ("complete"), not a stage.
    "form_status": ("lead_status",),
    "inbox_url": ("inbox_url", "inbox url"),
    "owner": ("owner", "assigned to", "proprietario"),
    "creator": ("creator", "created by"),
    "labels": ("labels", "label", "etichette"),
    "source": ("source",),
    "source_detail": ("source_detail", "source detail"),
    # (Only our own names: a lead form's custom question "amount" or "budget" stays an answer.)
    "priority": ("priority",),
    "value": ("value", "expected value", "expected_value"),
    "lost_at": ("lost_at", "lost at", "lost date"),
    "lost_reason": ("lost_reason", "lost reason", "motivo perdita"),
    **{f"{stage}_at": (f"{stage}_at",) for stage in STAGES},
    "form_name": ("form name", "form_name"),
    "form_id": ("form id", "form_id"),
    "ad_name": ("ad name", "ad_name"),
    "ad_id": ("ad id", "ad_id"),
    "adset_name": ("adset name", "adset_name", "ad set name"),
    "adset_id": ("adset id", "adset_id", "ad set id"),
    "campaign_name": ("campaign name", "campaign_name"),
    "campaign_id": ("campaign id", "campaign_id"),
    "is_organic": ("is organic", "is_organic", "organic"),
    "platform": ("platform",),
}
# Meta's standard questions with no column of the contact's: kept on the lead under
# Meta's names (lead.profile), shown in the lead's details, written back by the export.
PROFILE_FIELDS = {
    "street_address": ("street_address", "street address", "address", "indirizzo"),
    "state": ("state", "region", "regione"),
    "province": ("province", "provincia"),
    "zip_code": ("zip_code", "zip code", "zip", "post_code", "post code", "postal code", "postcode", "cap"),
    "date_of_birth": ("date_of_birth", "date of birth", "dob", "birthday", "data di nascita"),
    "gender": ("gender", "sesso"),
    "marital_status": ("marital_status", "marital status"),
    "relationship_status": ("relationship_status", "relationship status"),
    "military_status": ("military_status", "military status"),
    # Government ids some countries' forms ask for.
    "id_cpf": ("id_cpf", "cpf"), "id_ar_dni": ("id_ar_dni",), "id_cl_rut": ("id_cl_rut",),
    "id_co_cc": ("id_co_cc",), "id_ec_ci": ("id_ec_ci",), "id_pe_dni": ("id_pe_dni",),
    "id_mx_rfc": ("id_mx_rfc",),
}
for _name, _aliases in PROFILE_FIELDS.items():
    FIELD_ALIASES["profile:" + _name] = _aliases
IGNORED = {"form_id", "ad_id", "adset_id", "campaign_id"}
PLATFORMS = {"fb": "facebook", "facebook": "facebook", "ig": "instagram", "instagram": "instagram",
             "msg": "messenger", "messenger": "messenger", "wa": "whatsapp", "whatsapp": "whatsapp"}

# Other tools' words for a lead's stage or status, read as ours. Meta's Conversions API
# stage names (the funnel of conversion leads), the Leads Center's, the usual CRMs'
# (HubSpot's lead statuses, Salesforce's and Zoho's), and this app's own four languages.
# A lead that was lost was reached: it lands in "contacted".
STAGE_WORDS = {
    "neutral": ("new", "open", "complete", "completed", "incomplete", "lead", "raw", "fresh", "intake",
                "initial lead", "initial lead from facebook", "new lead", "not contacted", "open not contacted",
                "untouched", "unassigned", "nuovo", "nou", "新线索", "新"),
    "interested": ("interested", "qualified", "marketing qualified lead", "mql", "sales qualified lead", "sql",
                   "hot", "warm", "engaged", "in progress", "working", "opportunity", "sales opportunity",
                   "open deal", "pre qualified", "prequalified", "proposal", "negotiation", "interessato",
                   "interesat", "有意向"),
    "contacted": ("contacted", "attempted to contact", "attempted", "connected", "working contacted",
                  "contact in future", "follow up", "followup", "responded", "replied", "lost", "closed lost",
                  "closed not converted", "unqualified", "not qualified", "disqualified", "junk", "junk lead",
                  "lost lead", "bad timing", "contattato", "contactat", "已联系"),
    "converted": ("converted", "won", "closed won", "closed converted", "customer", "client", "cliente",
                  "deal won", "sale", "sold", "purchased", "convertito", "convertit", "已转化", "成交"),
}
_STAGE_WORD = {" ".join(re.sub(r"[^\w]+", " ", w.lower()).split()): stage
               for stage, words in STAGE_WORDS.items() for w in words}
PREFIX = re.compile(r"^(l|p|f|ag|as|c):(?=\S)")


def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.lower()).split())


_ALIAS = {_key(alias): target for target, aliases in FIELD_ALIASES.items() for alias in aliases}


class ImportFileError(Exception):
    """The file cannot be read at all (encoding, not a table)."""


@dataclass(frozen=True)
class Problem:
    row: int       # 1 = the first data row (the line after the header)
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass
class Parsed:
    header: list[str]
    mapping: dict[str, str]          # column -> field, or "answer:<question>"
    rows: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    total: int = 0
    # A stage column's values that were not ours: value -> (our stage, rows), and the
    # values nobody could read (value -> rows; those rows keep the stage they have).
    mapped: dict[str, tuple[str, int]] = field(default_factory=dict)
    left: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    created: int
    merged: int
    skipped: tuple[Problem, ...]
    mapped: tuple[tuple[str, str, int], ...] = ()   # (value in the file, our stage, rows)
    left: tuple[tuple[str, int], ...] = ()          # (value in the file, rows)


def read_stage(value: str, stage_map: dict[str, str] | None = None) -> tuple[str | None, bool]:
    """Our stage for a stage or status value, and whether it was read: ours as it is, the
    user's mapping (``--stage-map``, the dialog), then the known vocabularies."""
    key = _key(value)
    if not key:
        return None, True
    if key in STAGES:
        return key, True
    if stage_map:
        for given, stage in stage_map.items():
            if _key(given) == key:
                return (stage or None), True
    stage = _STAGE_WORD.get(key)
    return stage, stage is not None


def parse_stage_map(pairs: Sequence[str]) -> dict[str, str]:
    """``VALUE=STAGE`` pairs (the command line's --stage-map) as a mapping; ValueError
    naming the pair that is not one."""
    out = {}
    for pair in pairs:
        value, sep, stage = pair.rpartition("=")
        stage = stage.strip().lower()
        if not sep or not value.strip() or stage not in (*STAGES, "keep"):
            raise ValueError(f"--stage-map takes VALUE=STAGE with STAGE one of {', '.join(STAGES)} or keep,"
                             f" not “{pair}”")
        out[value.strip()] = "" if stage == "keep" else stage
    return out


# --- reading ---------------------------------------------------------------------------------

def decode(data: bytes) -> str:
    """UTF-16 (LE/BE, by its byte order mark) or UTF-8 (with or without one)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"the file says it is UTF-16 but is not ({exc.reason})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError("the file is neither UTF-8 nor UTF-16; save it as UTF-8 and try again") from None


def read_table(text: str) -> tuple[list[str], list[list[str]]]:
    if "\x00" in text:
        raise ImportFileError("the file holds binary data, not a table")
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") >= max(1, first_line.count(",")) else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ImportFileError(f"the file is not a readable table ({exc})") from None
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise ImportFileError("the file is empty")
    header = [h.strip() for h in rows[0]]
    if not any(header):
        raise ImportFileError("the first line holds no column names")
    if len(rows) - 1 > MAX_ROWS:
        raise ImportFileError(f"the file has more than {MAX_ROWS:,} rows")
    return header, rows[1:]


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Known columns to their fields; anything else is a custom question's answer."""
    mapping = {}
    for column in header:
        if not column:
            continue
        mapping[column] = _ALIAS.get(_key(column), f"answer:{column}")
    return mapping


def strip_prefix(value: str) -> str:
    value = value.strip()
    if ":" not in value[1:3]:  # no "l:", "p:", "ag:" ...: the pattern need not run
        return value
    return PREFIX.sub("", value, count=1)


def _organic(value: str) -> bool | None:
    v = value.strip().lower()
    if v in ("1", "true", "yes"):
        return True
    if v in ("0", "false", "no", ""):
        return False
    return None


def _time(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        return parse_iso(value)
    except ValueError:
        pass
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%d/%m/%Y %H:%M", "%d/%m/%Y"):
        try:
            return int(datetime.strptime(value, fmt).replace(tzinfo=timezone.utc).timestamp())
        except ValueError:
            continue
    return None


_E164 = re.compile(r"\+([1-9]\d{6,14})")


def _phone(value: str, region: str, from_meta: bool) -> str:
    """E.164, as normalize_phone gives it. A number Meta wrote (``p:+…``) was checked by
    Meta's form as it was typed and is already E.164: its shape and country code are
    checked here, without phonenumbers' full pass (~60 µs a row, most of a 50,000-row
    import's reading)."""
    value = value.strip()
    if from_meta:
        shaped = _E164.fullmatch(value)
        if shaped:
            digits = shaped.group(1)
            codes = _country_codes()
            if any(int(digits[:n]) in codes for n in (1, 2, 3)):
                return value
    return normalize_phone(value, region)


@cache
def _country_codes():
    """phonenumbers' country calling codes, looked up once (``from phonenumbers import``
    on each row cost 15 µs of a 50,000-row import's reading: the package is lazy)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return COUNTRY_CODE_TO_REGION_CODE


@collector_paused()  # (db/collector.py: ~10 % of a 50,000-row file)
def parse(data: bytes, mapping: dict[str, str] | None = None, region: str | None = None,
          stage_map: dict[str, str] | None = None) -> Parsed:
    """Read and check every row; nothing is written here. A stage column holding another
    vocabulary never rejects a row: its values are mapped (``stage_map`` first, then the
    known vocabularies) or left, and ``Parsed.mapped`` / ``left`` say which."""
    header, raw_rows = read_table(decode(data))
    mapping = mapping or guess_mapping(header)
    if region is None:
        from db import settings
        region = settings.phone_region()
    team = db_rows(TeamMember.select(TeamMember.id, TeamMember.first_name, TeamMember.last_name))
    members = {f"{f} {last}".strip().lower(): mid for mid, f, last in team}
    members.update({f.lower(): mid for mid, f, _l in team})
    parsed = Parsed(header, mapping, total=len(raw_rows))
    # What each column is for, decided once for the file rather than once per cell.
    identity = ""
    if "sportello_id" in mapping.values():
        identity = database_identity()
    plan = [(i, column, target, target[7:] if target.startswith("answer:") else None,
             target in ("phone", "work_phone"))
            for i, column in enumerate(header)
            for target in (mapping.get(column),)
            if target and target not in IGNORED and target != "skip"]
    for number, cells in enumerate(raw_rows, start=1):
        problems = []
        values: dict[str, str] = {}
        answers: dict[str, str] = {}
        width = len(cells)
        for i, column, target, question, phone_column in plan:
            if i >= width:
                break
            cell = cells[i]
            if len(cell) > MAX_FIELD:
                problems.append(f"{column} is longer than {MAX_FIELD:,} characters")
                continue
            if cell[:1] == "'" and cell[1:2] in FORMULA_STARTS:
                cell = cell[1:]  # a formula neutralised by a careful CSV writer (ours: db/io.py safe_cell)
            if phone_column and cell.lstrip().startswith("p:"):
                values[target + ":meta"] = "1"  # typed into Meta's form, which checks it
            cell = strip_prefix(cell)
            if question is not None:
                if cell:
                    answers[question] = cell
            else:
                values[target] = cell
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            problems.append(f"{len(cells)} values for {len(header)} columns")
        first, last = values.get("first_name", ""), values.get("last_name", "")
        if not (first or last) and values.get("full_name"):
            first, last = split_name(values["full_name"])
        profile = {k[8:]: v.strip() for k, v in values.items() if k.startswith("profile:") and v.strip()}
        try:
            email = normalize_email(values.get("email", ""))
            work_email = normalize_email(values.get("work_email", ""))
        except FactError as exc:
            problems.append(str(exc))
            email = work_email = ""
        if work_email and email and work_email != email:  # both given: the work one is kept too
            profile["work_email"] = work_email
        email = email or work_email  # a form that asks only for the work address
        try:
            phone = _phone(values.get("phone", ""), region, "phone:meta" in values)
            work_phone = _phone(values.get("work_phone", ""), region, "work_phone:meta" in values)
        except FactError as exc:
            problems.append(str(exc))
            phone = work_phone = ""
        if work_phone and phone and work_phone != phone:
            profile["work_phone_number"] = work_phone
        phone = phone or work_phone
        if not (first or last or email or phone):
            problems.append("no name, e-mail or phone")
        created = _time(values.get("created_time", ""))
        if values.get("created_time", "").strip() and created is None:
            problems.append(f"“{values['created_time']}” is not a date and time")
        raw_stage = " ".join(values.get("stage", "").split())
        stage, known = read_stage(raw_stage, stage_map)
        if raw_stage and _key(raw_stage) not in STAGES:
            if known and stage:
                was = parsed.mapped.get(raw_stage, (stage, 0))[1]
                parsed.mapped[raw_stage] = (stage, was + 1)
            elif not known:
                parsed.left[raw_stage] = parsed.left.get(raw_stage, 0) + 1
        organic = _organic(values.get("is_organic", ""))
        if organic is None:
            problems.append(f"is_organic is “{values['is_organic']}”, not 0/1/TRUE/FALSE")
        owner = creator = None
        for key in ("owner", "creator"):
            name = values.get(key, "").strip()
            if name:
                found = members.get(name.lower())
                if found is None:
                    problems.append(f"{key} “{name}” is not on the team")
                elif key == "owner":
                    owner = found
                else:
                    creator = found
        source = values.get("source", "").strip().lower()
        detail = values.get("source_detail", "")
        if source and source not in ("form", "ad", "campaign", "organic", "manual", "import"):
            problems.append(f"“{values['source']}” is not a source")
        if not source:
            if organic:
                source, detail = "organic", values.get("form_name", "")
            elif values.get("ad_name") or values.get("campaign_name"):
                source = "ad" if values.get("ad_name") else "campaign"
                detail = values.get("ad_name") or values.get("campaign_name") or ""
            elif values.get("form_name"):
                source, detail = "form", values["form_name"]
            else:
                source = "import"
        priority = value = lost_at = None
        raw = values.get("priority", "").strip()
        if raw:
            priority = int(raw) if raw.isdigit() and int(raw) <= 3 else None
            if priority is None:
                problems.append(f"priority is “{raw}”, not 0 to 3")
        raw = values.get("value", "").strip()
        if raw:
            try:
                value = pipeline.parse_value(raw, ".", "")
            except pipeline.PipelineError:
                problems.append(f"“{raw}” is not an amount (write it as 1250.50)")
        raw = values.get("lost_at", "").strip()
        if raw:
            lost_at = _time(raw)
            if lost_at is None:
                problems.append(f"“{raw}” is not a date and time")
        stage_dates = {}
        for name in STAGES:
            raw = values.get(f"{name}_at", "").strip()
            if raw:
                stage_dates[name] = _time(raw)
                if stage_dates[name] is None:
                    problems.append(f"“{raw}” is not a date and time")
        if problems:
            parsed.problems.extend(Problem(number, p) for p in problems)
            continue
        own_key, _sep, own = values.get("sportello_id", "").strip().rpartition(":")
        parsed.rows.append({
            "row": number, "lead_id": values.get("lead_id", "").strip() or None,
            "own_id": int(own) if own_key and own_key == identity and own.isdigit() else None,
            "first_name": first.strip(), "last_name": last.strip(), "email": email, "phone": phone,
            "city": values.get("city", "").strip(), "country": values.get("country", "").strip(),
            "created": created, "stage": stage, "owner": owner, "creator": creator,
            "labels": [x.strip() for x in values.get("labels", "").split(";") if x.strip()],
            "source": source, "detail": detail, "answers": answers, "profile": profile,
            "work": values.get("job_title", "").strip(), "company": values.get("company_name", "").strip(),
            "platform": PLATFORMS.get(values.get("platform", "").strip().lower(),
                                      values.get("platform", "").strip().lower()),
            "inbox_url": values.get("inbox_url", "").strip(),
            "form_status": values.get("form_status", "").strip().lower(),
            "priority": priority, "value": value, "lost_at": lost_at,
            "lost_reason": " ".join(values.get("lost_reason", "").split())[:200] if lost_at else "",
            "stage_dates": stage_dates,
        })
    return parsed


# --- writing -----------------------------------------------------------------------------------

_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def _json(values: dict) -> str:
    """A lead's answers or profile as stored (most profiles are empty: no encoder for those)."""
    return _encode(values) if values else "{}"


@collector_paused()
def apply(parsed: Parsed, now: int, *, skip_invalid: bool = False, creator_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Write the parsed rows in one transaction (all or nothing).

    Refuses when any row is invalid, unless ``skip_invalid``. A row whose lead id,
    e-mail or phone matches a lead already here (or one earlier in the file) is merged
    into it; a contact without a lead yet (someone who wrote on Messenger) gets the lead.

    Linear in the file and blind to the inbox's size: the people already here are looked
    up a few hundred at a time through the indexes on Meta's lead id, the e-mail and the
    phone, and the new contacts, leads and stage histories go in with one executemany
    each — sqlite3's own calls, not peewee's (a benchmark line holds this to the raw
    floor, tests/perf/bench.py).
    """
    if parsed.problems and not skip_invalid:
        raise ValueError("the file has invalid rows")
    from db.contacts import LABEL_COLORS

    rows = parsed.rows
    total = len(rows)
    created = merged = 0
    with database.atomic("IMMEDIATE"):
        # Who is here already: lead id -> (lead, contact); e-mail / phone -> contact.
        by_external: dict[str, tuple[int, int]] = {}
        for chunk in chunks(sorted({r["lead_id"] for r in rows if r["lead_id"]}), 500):
            for ext, lead_id, contact_id in _BY_EXTERNAL.rows(len(chunk), keys=chunk):
                by_external[ext] = (lead_id, contact_id)
        by_own: dict[int, tuple[int, int]] = {}  # our own export's ids, from this database
        for chunk in chunks(sorted({r["own_id"] for r in rows if r.get("own_id")}), 500):
            for lead_id, contact_id in _BY_OWN.rows(len(chunk), keys=chunk):
                by_own[lead_id] = (lead_id, contact_id)
        by_email: dict[str, int] = {}
        for chunk in chunks(sorted({r["email"].lower() for r in rows if r["email"]}), 500):
            for email, contact_id in _BY_EMAIL.rows(len(chunk), keys=chunk):
                by_email[email.lower()] = contact_id  # the oldest wins (read last)
        by_phone: dict[str, int] = {}
        for chunk in chunks(sorted({r["phone"] for r in rows if r["phone"]}), 500):
            for phone, contact_id in _BY_PHONE.rows(len(chunk), keys=chunk):
                by_phone[phone] = contact_id
        lead_of: dict[int, int] = {}
        for chunk in chunks(sorted({*by_email.values(), *by_phone.values()}), 500):
            for contact_id, lead_id in _LEAD_OF.rows(len(chunk), keys=chunk):
                lead_of[contact_id] = lead_id

        next_contact = _MAX_CONTACT.scalar() + 1
        next_lead = _MAX_LEAD.scalar() + 1
        new_contacts: dict[int, dict] = {}  # written at the end, in id order
        new_leads: dict[int, dict] = {}
        labels_of: list[tuple[int, list[str]]] = []
        for i, row in enumerate(rows):
            if cancelled is not None and i % 100 == 0 and cancelled():
                raise InterruptedError("import cancelled")
            when = row["created"] or now
            found = by_own.get(row.get("own_id")) or (by_external.get(row["lead_id"]) if row["lead_id"] else None)
            contact_id = found[1] if found else (by_email.get(row["email"].lower()) if row["email"] else None)
            if contact_id is None and row["phone"]:
                contact_id = by_phone.get(row["phone"])
            lead_id = found[0] if found else (lead_of.get(contact_id) if contact_id is not None else None)
            if contact_id is None:  # a new person
                contact_id, next_contact = next_contact, next_contact + 1
                new_contacts[contact_id] = {
                    "first_name": row["first_name"], "last_name": row["last_name"], "email": row["email"],
                    "phone": row["phone"], "city": row["city"], "country": row["country"], "work": row["work"],
                    "company": row["company"], "created_at": when}
            elif contact_id in new_contacts:  # someone earlier in the file
                pending = new_contacts[contact_id]
                for key in ("first_name", "last_name", "email", "phone", "city", "country", "work", "company"):
                    pending[key] = row[key] or pending[key]
            else:  # what the file knows, over what was known
                known = tuple(key for key in _CONTACT_FACTS if row[key])
                if known:
                    _UPDATE_CONTACT.execute(known, **{key: row[key] for key in known}, id=contact_id)
            if row["email"]:
                by_email.setdefault(row["email"].lower(), contact_id)
            if row["phone"]:
                by_phone.setdefault(row["phone"], contact_id)

            if lead_id is None:
                lead_id, next_lead = next_lead, next_lead + 1
                new_leads[lead_id] = {
                    "contact_id": contact_id, "stage": row["stage"] or "neutral", "owner_id": row["owner"],
                    "creator_id": row["creator"] if row["creator"] is not None else creator_id,
                    "source": row["source"], "source_detail": row["detail"], "external_id": row["lead_id"],
                    "answers": dict(row["answers"]), "profile": dict(row["profile"]), "platform": row["platform"],
                    "inbox_url": row["inbox_url"], "form_status": row["form_status"], "created_at": when,
                    "priority": row["priority"] or 0, "value_cents": row["value"], "lost_at": row["lost_at"],
                    "lost_reason": row["lost_reason"], "stage_dates": dict(row["stage_dates"])}
                lead_of[contact_id] = lead_id
                created += 1
            elif lead_id in new_leads:
                pending = new_leads[lead_id]
                pending["answers"].update(row["answers"])
                pending["profile"].update(row["profile"])
                for key, value in (("external_id", row["lead_id"]), ("platform", row["platform"]),
                                   ("inbox_url", row["inbox_url"]), ("form_status", row["form_status"]),
                                   ("owner_id", row["owner"]), ("stage", row["stage"])):
                    if value:
                        pending[key] = pending[key] if key == "external_id" and pending[key] else value
                merged += 1
            else:
                answers_text, profile_text, stage_now = _LEAD_NOW.rows(id=lead_id)[0]
                answers = _json_dict(answers_text)
                answers.update(row["answers"])
                profile = _json_dict(profile_text)
                profile.update(row["profile"])
                changes = {"answers": json.dumps(answers, ensure_ascii=False),
                           "profile": json.dumps(profile, ensure_ascii=False)}
                for key, value in (("platform", row["platform"]), ("inbox_url", row["inbox_url"]),
                                   ("form_status", row["form_status"]), ("owner", row["owner"]),
                                   ("priority", row["priority"]), ("value_cents", row["value"]),
                                   ("lost_at", row["lost_at"])):
                    if value not in (None, ""):
                        changes[key] = value
                if row["lost_at"] is not None:
                    changes["lost_reason"] = row["lost_reason"]
                keep_external = bool(row["lead_id"])  # (the lead's own Meta id, if it had none)
                _UPDATE_LEAD.execute(tuple(changes), keep_external, **changes, external=row["lead_id"], id=lead_id)
                if row["stage"] and stage_now != row["stage"]:
                    _SET_STAGE.execute(stage=row["stage"], now=now, id=lead_id)
                    _STAGE_MOVED.execute(id=lead_id, old=stage_now, stage=row["stage"], member=creator_id, now=now)
                merged += 1
            if row["lead_id"]:
                by_external.setdefault(row["lead_id"], (lead_id, contact_id))
            if row["labels"]:
                labels_of.append((lead_id, row["labels"]))
            if progress is not None and i % 500 == 0:
                progress(i // 2, total)  # reading is the first half, writing the second

        contact_rows = [(cid, c["first_name"], c["last_name"], c["email"], c["phone"], c["city"], c["country"],
                         c["work"], c["company"], c["created_at"]) for cid, c in new_contacts.items()]
        # A lead's history: when it entered each stage, where the file says (our export does),
        # else its one stage since it was created.
        history, entered = [], {}
        for lid, d in new_leads.items():
            dates = {st: at for st, at in d["stage_dates"].items() if at is not None
                     and STAGES.index(st) <= STAGES.index(d["stage"])}
            dates.setdefault(d["stage"], dates.get(d["stage"]) or d["created_at"])
            previous = None
            for st, at in sorted(dates.items(), key=lambda item: (item[1], STAGES.index(item[0]))):
                history.append((lid, previous, st, creator_id, at))
                previous = st
            entered[lid] = dates[d["stage"]]
        lead_rows = [(lid, d["contact_id"], d["stage"], d["owner_id"], d["creator_id"], d["source"],
                      d["source_detail"], d["external_id"], _json(d["answers"]), _json(d["profile"]),
                      d["platform"], d["inbox_url"], d["form_status"], d["created_at"], entered[lid],
                      d["priority"], d["value_cents"], d["lost_at"], d["lost_reason"])
                     for lid, d in new_leads.items()]
        for done, chunk in enumerate(chunks(contact_rows, 5000)):
            if cancelled is not None and cancelled():
                raise InterruptedError("import cancelled")
            insert_rows(Contact, ("id", "first_name", "last_name", "email", "phone", "city", "country", "work",
                                  "company", "created_at"), chunk)
            if progress is not None:
                progress(total // 2 + min(total // 2, (done + 1) * 2500), total)
        insert_rows(Lead, ("id", "contact", "stage", "owner", "creator", "source", "source_detail", "external_id",
                           "answers", "profile", "platform", "inbox_url", "form_status", "created_at",
                           "stage_changed_at", "priority", "value_cents", "lost_at", "lost_reason"), lead_rows)
        insert_rows(LeadStageChange, ("lead", "from_stage", "to_stage", "member", "changed_at"), history)
        advance_sequences(Contact, Lead)

        label_ids = {name.lower(): lid for lid, name in db_rows(Label.select(Label.id, Label.name))}
        pairs = []
        for lead_id, names in labels_of:
            for name in names:
                label_id = label_ids.get(name.lower())
                if label_id is None:
                    label_id = Label.insert(name=name, color=LABEL_COLORS[len(label_ids) % len(LABEL_COLORS)]).execute()
                    label_ids[name.lower()] = label_id
                pairs.append((lead_id, label_id))
        for chunk in chunks(pairs, 5000):
            LeadLabel.insert_many(chunk, fields=[LeadLabel.lead, LeadLabel.label]).on_conflict_ignore().execute()
        if progress is not None:
            progress(total, total)
    return ImportResult(created, merged, tuple(parsed.problems), *_stage_summary(parsed))


def _stage_summary(parsed: Parsed):
    return (tuple((value, stage, n) for value, (stage, n) in sorted(parsed.mapped.items())),
            tuple(sorted(parsed.left.items())))


def _json_dict(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def import_leads(data: bytes, now: int, *, skip_invalid: bool = False, mapping=None,
                 creator_id: int | None = None, region: str | None = None, progress=None, cancelled=None,
                 stage_map: dict[str, str] | None = None) -> ImportResult:
    parsed = parse(data, mapping, region, stage_map)
    if parsed.problems and not skip_invalid:
        return ImportResult(0, 0, tuple(parsed.problems), *_stage_summary(parsed))
    return apply(parsed, now, skip_invalid=skip_invalid, creator_id=creator_id, progress=progress,
                 cancelled=cancelled)


# --- exporting ------------------------------------------------------------------------------------

def database_identity() -> str:
    """This database's own name in its exports (made once, kept): a file exported here and
    imported here again finds its leads; imported elsewhere, it makes new ones."""
    from db import settings
    import uuid

    identity = settings.get("database.identity")
    if not identity:
        identity = uuid.uuid4().hex[:12]
        settings.put("database.identity", identity)
    return identity


# --- the import's statements, prepared once per engine ------------------------------------

_CONTACT_FACTS = ("first_name", "last_name", "email", "phone", "city", "country", "work", "company")
_BY_EXTERNAL = Prepared(lambda n: Lead.select(Lead.external_id, Lead.id, Lead.contact)
                        .where(Lead.external_id.in_(slots("keys", n))))
_BY_OWN = Prepared(lambda n: Lead.select(Lead.id, Lead.contact).where(Lead.id.in_(slots("keys", n))))
# (through the index on the e-mail whatever its case: SQLite's COLLATE NOCASE, PostgreSQL's lower())
_BY_EMAIL = Prepared(lambda n: Contact.select(Contact.email, Contact.id).where(
    Contact.email != "", per_engine(Contact.email.collate("NOCASE"), fn.LOWER(Contact.email)).in_(slots("keys", n)))
    .order_by(Contact.id.desc()))
_BY_PHONE = Prepared(lambda n: Contact.select(Contact.phone, Contact.id).where(
    Contact.phone != "", Contact.phone.in_(slots("keys", n))).order_by(Contact.id.desc()))
_LEAD_OF = Prepared(lambda n: Lead.select(Lead.contact, fn.MIN(Lead.id)).where(Lead.contact.in_(slots("keys", n)))
                    .group_by(Lead.contact))
_MAX_CONTACT = Prepared(lambda: Contact.select(fn.COALESCE(fn.MAX(Contact.id), 0)))
_MAX_LEAD = Prepared(lambda: Lead.select(fn.COALESCE(fn.MAX(Lead.id), 0)))
_UPDATE_CONTACT = Prepared(lambda known: Contact.update({getattr(Contact, k): slot(k) for k in known})
                           .where(Contact.id == slot("id")))
_LEAD_NOW = Prepared(lambda: Lead.select(Lead.answers, Lead.profile, Lead.stage).where(Lead.id == slot("id")))
_SET_STAGE = Prepared(lambda: Lead.update(stage=slot("stage"), stage_changed_at=slot("now")).where(Lead.id == slot("id")))
_STAGE_MOVED = Prepared(lambda: LeadStageChange.insert(lead=slot("id"), from_stage=slot("old"), to_stage=slot("stage"),
                                                       member=slot("member"), changed_at=slot("now")).returning())


def _update_lead_query(changed: tuple, keep_external: bool):
    values = {getattr(Lead, k): slot(k) for k in changed}
    if keep_external:
        values[Lead.external_id] = fn.COALESCE(Lead.external_id, slot("external"))
    return Lead.update(values).where(Lead.id == slot("id"))


_UPDATE_LEAD = Prepared(_update_lead_query)


def export_csv(out: TextIO, ids: Sequence[int] | None = None) -> int:
    """full_name, email, phone, stage, owner, creator, created_time, labels, then the rest and the answers."""
    if ids is not None:
        ids = list(ids)
        if not ids:
            return write_csv(out, EXPORT_FIRST + EXPORT_MORE + EXPORT_PIPELINE, [])
    owner, creator = TeamMember.alias(), TeamMember.alias()

    def full_name(member):
        return fn.TRIM(fn.COALESCE(member.first_name, "").concat(" ").concat(fn.COALESCE(member.last_name, "")))

    query = (Lead.select(Lead.id, Contact.first_name, Contact.last_name, Contact.email, Contact.phone, Lead.stage,
                         full_name(owner), full_name(creator), Lead.created_at, Contact.city, Contact.country,
                         Lead.source, Lead.source_detail, Lead.external_id, Lead.answers, Lead.priority,
                         Lead.value_cents, Lead.lost_at, Lead.lost_reason)
             .join(Contact, on=(Contact.id == Lead.contact))
             .join_from(Lead, owner, JOIN.LEFT_OUTER, on=(owner.id == Lead.owner))
             .join_from(Lead, creator, JOIN.LEFT_OUTER, on=(creator.id == Lead.creator)))
    if ids is None:
        rows = db_rows(query.order_by(Lead.id))
    else:
        rows = sorted((r for chunk in chunks(ids) for r in db_rows(query.where(Lead.id.in_(chunk)))),
                      key=lambda r: r[0])
    labels: dict[int, list[str]] = {}
    for lead_id, name in db_rows(LeadLabel.select(LeadLabel.lead, Label.name)
                                 .join(Label, on=(Label.id == LeadLabel.label)).order_by(Label.name)):
        labels.setdefault(lead_id, []).append(name)
    questions: list[str] = []
    answers_by_lead = {}
    for r in rows:
        try:
            answers = json.loads(r[14] or "{}")
        except ValueError:
            answers = {}
        answers_by_lead[r[0]] = answers
        for q in answers:
            if q not in questions and _ALIAS.get(_key(q)) is None:
                questions.append(q)

    identity = database_identity()
    entered = pipeline.stage_dates()

    def lines():
        for r in rows:
            full = f"{r[1]} {r[2]}".strip()
            dates = entered.get(r[0], {})
            yield [full, r[3], r[4], r[5], r[6], r[7], iso(r[8]), ";".join(labels.get(r[0], [])),
                   r[1], r[2], r[9], r[10], r[11], r[12], r[13] or "", f"{identity}:{r[0]}",
                   r[15], pipeline.value_text(r[16]),
                   iso(r[17]) if r[17] else "", r[18],
                   *[iso(dates[st]) if st in dates else "" for st in STAGES],
                   *[answers_by_lead[r[0]].get(q, "") for q in questions]]

    return write_csv(out, [*EXPORT_FIRST, *EXPORT_MORE, *EXPORT_PIPELINE, *questions], lines())


def export_vcards(out: TextIO, ids: Sequence[int]) -> int:
    """The leads' contacts as vCard 3.0 (vobject)."""
    import vobject

    ids = list(ids)
    if not ids:
        return 0
    count = 0
    people = sorted((r for chunk in chunks(ids) for r in db_rows(
        Lead.select(Lead.id, Contact.first_name, Contact.last_name, Contact.email, Contact.phone, Contact.city,
                    Contact.country).join(Contact, on=(Contact.id == Lead.contact)).where(Lead.id.in_(chunk)))),
                    key=lambda r: r[0])
    for _lead_id, first, last, email, phone, city, country in people:
        card = vobject.vCard()
        card.add("n").value = vobject.vcard.Name(family=last or "", given=first or "")
        card.add("fn").value = f"{first} {last}".strip() or email or phone
        if email:
            e = card.add("email")
            e.value, e.type_param = email, "INTERNET"
        if phone:
            t = card.add("tel")
            t.value, t.type_param = phone, "CELL"
        if city or country:
            card.add("adr").value = vobject.vcard.Address(city=city or "", country=country or "")
        out.write(card.serialize())
        count += 1
    return count
