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
from typing import Callable, Sequence, TextIO

from db.choices import STAGES
from db.clock import iso, parse_iso
from db.contact_facts import FactError, normalize_email, normalize_phone, split_name
from db.database import database
from db.io import write_csv

MAX_FIELD = 10_000
MAX_ROWS = 200_000
EXPORT_FIRST = ("full_name", "email", "phone", "stage", "owner", "creator", "created_time", "labels")
EXPORT_MORE = ("first_name", "last_name", "city", "country", "source", "source_detail", "lead_id")

# What a column name means (names compared lower-case with punctuation removed). Meta's
# own field names come first: the Ads Manager download and the Leads Center export use
# them for the standard questions of a lead form (full_name, email, phone_number,
# work_email, city, zip_code, ...); anything else is the answer to a custom question.
FIELD_ALIASES = {
    "lead_id": ("id", "lead id", "leadid", "lead_id"),
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
    return PREFIX.sub("", value.strip(), count=1)


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


def parse(data: bytes, mapping: dict[str, str] | None = None, region: str = "IT",
          stage_map: dict[str, str] | None = None) -> Parsed:
    """Read and check every row; nothing is written here. A stage column holding another
    vocabulary never rejects a row: its values are mapped (``stage_map`` first, then the
    known vocabularies) or left, and ``Parsed.mapped`` / ``left`` say which."""
    header, raw_rows = read_table(decode(data))
    mapping = mapping or guess_mapping(header)
    members = {f"{f} {last}".strip().lower(): mid for mid, f, last in database.execute_sql(
        "SELECT id, first_name, last_name FROM team_member")}
    members.update({f.lower(): mid for mid, f, _l in database.execute_sql(
        "SELECT id, first_name, last_name FROM team_member")})
    parsed = Parsed(header, mapping, total=len(raw_rows))
    for number, cells in enumerate(raw_rows, start=1):
        problems = []
        values: dict[str, str] = {}
        answers: dict[str, str] = {}
        for column, cell in zip(header, cells):
            target = mapping.get(column)
            if not target or target in IGNORED or target == "skip":
                continue
            if len(cell) > MAX_FIELD:
                problems.append(f"{column} is longer than {MAX_FIELD:,} characters")
                continue
            cell = strip_prefix(cell)
            if target.startswith("answer:"):
                if cell:
                    answers[target[7:]] = cell
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
            phone = normalize_phone(values.get("phone", ""), region)
            work_phone = normalize_phone(values.get("work_phone", ""), region)
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
        if problems:
            parsed.problems.extend(Problem(number, p) for p in problems)
            continue
        parsed.rows.append({
            "row": number, "lead_id": values.get("lead_id", "").strip() or None,
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
        })
    return parsed


# --- writing -----------------------------------------------------------------------------------

def apply(parsed: Parsed, now: int, *, skip_invalid: bool = False, creator_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Write the parsed rows in one transaction (all or nothing).

    Refuses when any row is invalid, unless ``skip_invalid``. A row whose lead id,
    e-mail or phone matches a lead already here is merged into it.
    """
    if parsed.problems and not skip_invalid:
        raise ValueError("the file has invalid rows")
    from db.contacts import LABEL_COLORS

    created = merged = 0
    with database.atomic("IMMEDIATE"):
        # The bulk path: sqlite3's own execute, without peewee's per-statement work (a
        # benchmark line holds it to the raw floor; tests/perf/bench.py).
        execute = database.connection().execute
        for i, row in enumerate(parsed.rows):
            if cancelled is not None and cancelled():
                raise InterruptedError("import cancelled")
            when = row["created"] or now
            # The person already here: by Meta's lead id, then by e-mail or phone through
            # their indexes (never a scan of the contacts, however big the inbox). A contact
            # without a lead yet (someone who wrote on Messenger) gets the lead.
            existing = contact_id = None
            if row["lead_id"]:
                existing = execute("SELECT id, contact_id FROM lead WHERE external_id = ?",
                                                (row["lead_id"],)).fetchone()
            if existing is None and row["email"]:
                found = execute("SELECT id FROM contact WHERE email = ? COLLATE NOCASE AND email != ''"
                                             " ORDER BY id LIMIT 1", (row["email"],)).fetchone()
                contact_id = found[0] if found else None
            if existing is None and contact_id is None and row["phone"]:
                found = execute("SELECT id FROM contact WHERE phone = ? AND phone != ''"
                                             " ORDER BY id LIMIT 1", (row["phone"],)).fetchone()
                contact_id = found[0] if found else None
            if existing is None and contact_id is not None:
                existing = execute("SELECT id, contact_id FROM lead WHERE contact_id = ?"
                                                " ORDER BY id LIMIT 1", (contact_id,)).fetchone()
            if existing is not None or contact_id is not None:
                if existing is not None:
                    lead_id, contact_id = existing
                execute(
                    "UPDATE contact SET first_name = coalesce(nullif(?, ''), first_name),"
                    " last_name = coalesce(nullif(?, ''), last_name), email = coalesce(nullif(?, ''), email),"
                    " phone = coalesce(nullif(?, ''), phone), city = coalesce(nullif(?, ''), city),"
                    " country = coalesce(nullif(?, ''), country), work = coalesce(nullif(?, ''), work),"
                    " company = coalesce(nullif(?, ''), company) WHERE id = ?",
                    (row["first_name"], row["last_name"], row["email"], row["phone"], row["city"],
                     row["country"], row["work"], row["company"], contact_id))
            if existing:
                answers_text, profile_text = execute(
                    "SELECT answers, profile FROM lead WHERE id = ?", (lead_id,)).fetchone()
                answers = _json_dict(answers_text)
                answers.update(row["answers"])
                profile = _json_dict(profile_text)
                profile.update(row["profile"])
                execute(
                    "UPDATE lead SET answers = ?, profile = ?, external_id = coalesce(external_id, ?),"
                    " platform = coalesce(nullif(?, ''), platform), inbox_url = coalesce(nullif(?, ''), inbox_url),"
                    " form_status = coalesce(nullif(?, ''), form_status) WHERE id = ?",
                    (json.dumps(answers, ensure_ascii=False), json.dumps(profile, ensure_ascii=False),
                     row["lead_id"], row["platform"], row["inbox_url"], row["form_status"], lead_id))
                if row["owner"] is not None:
                    execute("UPDATE lead SET owner_id = ? WHERE id = ?", (row["owner"], lead_id))
                if row["stage"]:
                    current = execute("SELECT stage FROM lead WHERE id = ?", (lead_id,)).fetchone()[0]
                    if current != row["stage"]:
                        execute("UPDATE lead SET stage = ?, stage_changed_at = ? WHERE id = ?",
                                             (row["stage"], now, lead_id))
                        execute(
                            "INSERT INTO lead_stage_change(lead_id, from_stage, to_stage, member_id, changed_at)"
                            " VALUES (?, ?, ?, ?, ?)", (lead_id, current, row["stage"], creator_id, now))
                merged += 1
            else:
                if contact_id is None:
                    contact_id = execute(
                        "INSERT INTO contact(first_name, last_name, email, phone, city, country, work, company,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (row["first_name"], row["last_name"], row["email"], row["phone"], row["city"],
                         row["country"], row["work"], row["company"], when)).lastrowid
                stage = row["stage"] or "neutral"
                lead_id = execute(
                    "INSERT INTO lead(contact_id, stage, owner_id, creator_id, source, source_detail, external_id,"
                    " answers, profile, platform, inbox_url, form_status, created_at, stage_changed_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (contact_id, stage, row["owner"], row["creator"] if row["creator"] is not None else creator_id,
                     row["source"], row["detail"], row["lead_id"], json.dumps(row["answers"], ensure_ascii=False),
                     json.dumps(row["profile"], ensure_ascii=False), row["platform"], row["inbox_url"],
                     row["form_status"], when, when)).lastrowid
                execute(
                    "INSERT INTO lead_stage_change(lead_id, from_stage, to_stage, member_id, changed_at)"
                    " VALUES (?, NULL, ?, ?, ?)", (lead_id, stage, creator_id, when))
                created += 1
            for name in row["labels"]:
                label = execute("SELECT id FROM label WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
                if label is None:
                    count = execute("SELECT count(*) FROM label").fetchone()[0]
                    label_id = execute("INSERT INTO label(name, color) VALUES (?, ?)",
                                                    (name, LABEL_COLORS[count % len(LABEL_COLORS)])).lastrowid
                else:
                    label_id = label[0]
                execute("INSERT OR IGNORE INTO lead_label(lead_id, label_id) VALUES (?, ?)",
                                     (lead_id, label_id))
            if progress is not None and (i % 200 == 0 or i == len(parsed.rows) - 1):
                progress(i + 1, len(parsed.rows))
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
                 creator_id: int | None = None, region: str = "IT", progress=None, cancelled=None,
                 stage_map: dict[str, str] | None = None) -> ImportResult:
    parsed = parse(data, mapping, region, stage_map)
    if parsed.problems and not skip_invalid:
        return ImportResult(0, 0, tuple(parsed.problems), *_stage_summary(parsed))
    return apply(parsed, now, skip_invalid=skip_invalid, creator_id=creator_id, progress=progress,
                 cancelled=cancelled)


# --- exporting ------------------------------------------------------------------------------------

def export_csv(out: TextIO, ids: Sequence[int] | None = None) -> int:
    """full_name, email, phone, stage, owner, creator, created_time, labels, then the rest and the answers."""
    where, params = "", []
    if ids is not None:
        ids = list(ids)
        if not ids:
            return write_csv(out, EXPORT_FIRST + EXPORT_MORE, [])
        where, params = f" WHERE l.id IN ({','.join('?' * len(ids))})", ids
    rows = database.execute_sql(
        "SELECT l.id, ct.first_name, ct.last_name, ct.email, ct.phone, l.stage,"
        " trim(coalesce(o.first_name, '') || ' ' || coalesce(o.last_name, '')),"
        " trim(coalesce(cr.first_name, '') || ' ' || coalesce(cr.last_name, '')),"
        " l.created_at, ct.city, ct.country, l.source, l.source_detail, l.external_id, l.answers"
        " FROM lead l JOIN contact ct ON ct.id = l.contact_id LEFT JOIN team_member o ON o.id = l.owner_id"
        " LEFT JOIN team_member cr ON cr.id = l.creator_id" + where + " ORDER BY l.id", params).fetchall()
    labels: dict[int, list[str]] = {}
    for lead_id, name in database.execute_sql(
            "SELECT ll.lead_id, lb.name FROM lead_label ll JOIN label lb ON lb.id = ll.label_id ORDER BY lb.name"):
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

    def lines():
        for r in rows:
            full = f"{r[1]} {r[2]}".strip()
            yield [full, r[3], r[4], r[5], r[6], r[7], iso(r[8]), ";".join(labels.get(r[0], [])),
                   r[1], r[2], r[9], r[10], r[11], r[12], r[13] or "",
                   *[answers_by_lead[r[0]].get(q, "") for q in questions]]

    return write_csv(out, [*EXPORT_FIRST, *EXPORT_MORE, *questions], lines())


def export_vcards(out: TextIO, ids: Sequence[int]) -> int:
    """The leads' contacts as vCard 3.0 (vobject)."""
    import vobject

    ids = list(ids)
    if not ids:
        return 0
    count = 0
    for first, last, email, phone, city, country in database.execute_sql(
            f"SELECT ct.first_name, ct.last_name, ct.email, ct.phone, ct.city, ct.country FROM lead l"
            f" JOIN contact ct ON ct.id = l.contact_id WHERE l.id IN ({','.join('?' * len(ids))}) ORDER BY l.id", ids):
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
