import csv
import io

import pytest

from db import leads, leads_io
from db.contact_facts import FactError, normalize_email, normalize_phone
from db.models import Contact, Label, Lead, LeadStageChange, TeamMember

NOW = 1_780_000_000


@pytest.fixture
def team(any_db):
    add_team()
    return any_db


def add_team():
    assert TeamMember.insert(first_name="Giulia", last_name="Rossi").execute() == 1
    assert TeamMember.insert(first_name="Marco", last_name="Bianchi").execute() == 2


META_HEADER = ["id", "created_time", "ad_id", "ad_name", "adset_id", "adset_name", "campaign_id",
               "campaign_name", "form_id", "form_name", "is_organic", "platform",
               "quante_persone_siete?", "data dell'evento (gg/mm)", "full_name", "email", "phone_number"]
META_ROWS = [
    ["l:1001", "2026-05-01T10:00:00+0200", "ag:9", "Pizza del mese", "as:8", "Milano", "c:7", "Natale",
     "f:5", "Catering 2026", "0", "fb", "20", "12/12", "Ada Rossi", "ada@example.com", "p:+393331234567"],
    ["l:1002", "2026-05-02T11:30:00+0200", "", "", "", "", "", "", "f:5", "Catering 2026", "TRUE", "ig",
     "45", "20/12", "Ștefan Mureșan", "stefan@example.ro", "p:+40712345678"],
]


def meta_file(rows=META_ROWS, encoding="utf-16", header=META_HEADER):
    text = "\n".join("\t".join(r) for r in [header, *rows]) + "\n"
    return text.encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le-bom", "utf-8", "utf-8-sig"])
def test_meta_download_in_every_encoding(team, encoding):
    data = meta_file(encoding="utf-16-le") if encoding == "utf-16-le-bom" else meta_file(encoding=encoding)
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + data
    result = leads_io.import_leads(data, NOW)
    assert (result.created, result.merged, result.skipped) == (2, 0, ())
    ada = leads.details(leads.lead_ids(leads.LeadFilter(text="Ada"))[0])
    assert (ada.row.stage, ada.row.email, ada.row.phone) == ("neutral", "ada@example.com", "+393331234567")
    assert (ada.row.source, ada.row.source_detail, ada.external_id) == ("ad", "Pizza del mese", "1001")
    assert ada.answers == {"quante_persone_siete?": "20", "data dell'evento (gg/mm)": "12/12"}
    stefan = leads.details(leads.lead_ids(leads.LeadFilter(text="stefan@"))[0])
    assert (stefan.first_name, stefan.last_name, stefan.row.source) == ("Ștefan", "Mureșan", "organic")


def test_importing_twice_merges_instead_of_duplicating(team):
    leads_io.import_leads(meta_file(), NOW)
    again = leads_io.import_leads(meta_file(), NOW + 10)
    assert (again.created, again.merged) == (0, 2)
    # The same person by e-mail, without a lead id: merged too.
    plain = "full_name,email\nAda R.,ADA@example.com\n".encode()
    assert leads_io.import_leads(plain, NOW).merged == 1
    assert Lead.select().count() == 2


def test_bad_rows_are_named_and_nothing_is_written(team):
    rows = META_ROWS + [
        ["l:1003", "yesterday", "", "", "", "", "", "", "", "", "maybe", "", "", "", "Bo", "not-an-email", "p:12"],
        ["l:1004", "", "", "", "", "", "", "", "", "", "0", "", "", "", "", "", ""],
    ]
    result = leads_io.import_leads(meta_file(rows), NOW)
    assert result.created == 0
    reasons = [str(p) for p in result.skipped]
    assert any(r.startswith("row 3:") and "not a date" in r for r in reasons)
    assert any(r.startswith("row 3:") and "e-mail" in r for r in reasons)
    assert any(r.startswith("row 3:") and "is_organic" in r for r in reasons)
    assert any(r.startswith("row 3:") and "phone" in r for r in reasons)
    assert "row 4: no name, e-mail or phone" in reasons
    assert Lead.select().count() == 0
    skipped = leads_io.import_leads(meta_file(rows), NOW, skip_invalid=True)
    assert skipped.created == 2 and {p.row for p in skipped.skipped} == {3, 4}


def test_ordinary_csv_and_encodings_that_are_not_utf(team):
    data = "Nome,Cognome,E-mail,Telefono,Città\nLuca,Bianchi,luca@example.it,333 123 4567,Milano\n".encode()
    result = leads_io.import_leads(data, NOW)
    assert result.created == 1
    row = leads.lead_rows(leads.lead_ids())[leads.lead_ids()[0]]
    assert (row.name, row.phone) == ("Luca Bianchi", "+393331234567")
    with pytest.raises(leads_io.ImportFileError, match="UTF-8"):
        leads_io.import_leads("name\nJosé\n".encode("latin-1"), NOW)
    with pytest.raises(leads_io.ImportFileError, match="empty"):
        leads_io.import_leads(b"", NOW)


def test_export_columns_neutralised_and_lossless(team, tmp_path):
    leads_io.import_leads(meta_file(), NOW)
    [ada] = leads.lead_ids(leads.LeadFilter(text="Ada"))
    leads.move_stage([ada], "contacted", 1, NOW)
    leads.set_owner([ada], 2)
    vip = Label.insert(name="VIP").execute()
    leads.set_label([ada], vip, True)
    Contact.update(city='=HYPERLINK("http://x")').where(Contact.first_name == "Ada").execute()
    from db import pipeline
    pipeline.set_priority([ada], 2)
    pipeline.set_value(ada, 125050)
    [stefan] = leads.lead_ids(leads.LeadFilter(text="Ștefan"))
    pipeline.mark_lost([stefan], "=Too expensive", NOW + 60)
    out = io.StringIO()
    assert leads_io.export_csv(out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][:8] == ["full_name", "email", "phone", "stage", "owner", "creator", "created_time", "labels"]
    first = dict(zip(rows[0], rows[1]))
    assert (first["stage"], first["owner"], first["labels"], first["phone"]) == (
        "contacted", "Marco Bianchi", "VIP", "+393331234567")
    assert first["city"].startswith("'=")
    assert "quante_persone_siete?" in rows[0]
    # The pipeline's columns: stars, value, lost and why (neutralised too), the stage dates.
    assert (first["priority"], first["value"], first["lost_at"], first["lost_reason"]) == ("2", "1250.50", "", "")
    assert first["contacted_at"] and first["neutral_at"] and not first["converted_at"]
    second = dict(zip(rows[0], rows[2]))
    assert second["lost_at"] and second["lost_reason"] == "'=Too expensive"
    # Into an empty database and out again: the same file.
    from db.database import close_database, open_database
    close_database()
    open_database(tmp_path / "other.db")
    add_team()
    result = leads_io.import_leads(out.getvalue().encode(), NOW + 99)  # the quote is read back off
    assert result.skipped == () and result.created == 2
    again = io.StringIO()
    leads_io.export_csv(again)

    def without_own_ids(text):  # each database names its own leads
        table = list(csv.reader(io.StringIO(text)))
        gone = table[0].index("sportello_id")
        return [row[:gone] + row[gone + 1:] for row in table]

    assert without_own_ids(again.getvalue()) == without_own_ids(out.getvalue())
    # The lost lead came back lost, off the board and the list, in the Lost filter.
    assert len(leads.lead_ids()) == 1 and len(leads.lead_ids(leads.LeadFilter(lost=True))) == 1


def test_vcards(team):
    leads_io.import_leads(meta_file(), NOW)
    out = io.StringIO()
    assert leads_io.export_vcards(out, leads.lead_ids()) == 2
    import vobject
    cards = list(vobject.readComponents(out.getvalue()))
    assert {c.fn.value for c in cards} == {"Ada Rossi", "Ștefan Mureșan"}
    assert {c.tel.value for c in cards} == {"+393331234567", "+40712345678"}


def test_board_filters_moves_history_and_undo(team):
    leads_io.import_leads(meta_file(), NOW)
    ada, stefan = sorted(leads.lead_ids())
    assert leads.counts() == {"neutral": 2, "interested": 0, "contacted": 0, "converted": 0}
    snap = leads.move_stage([ada], "interested", 1, NOW + 100)
    assert leads.lead_rows([ada])[ada].stage == "interested"
    assert leads.lead_ids(leads.LeadFilter(stages=("interested",))) == [ada]
    change = LeadStageChange.select().where(LeadStageChange.lead == ada).order_by(LeadStageChange.id.desc()).get()
    assert (change.from_stage, change.to_stage, change.member_id) == ("neutral", "interested", 1)
    leads.restore(snap)
    assert leads.lead_rows([ada])[ada].stage == "neutral"
    assert LeadStageChange.select().where(LeadStageChange.lead == ada).count() == 1
    assert leads.step_stage(stefan, -1, 1, NOW) is None
    leads.step_stage(stefan, +1, 1, NOW)
    assert leads.lead_rows([stefan])[stefan].stage == "interested"
    leads.set_owner([ada, stefan], 2)
    assert leads.lead_ids(leads.LeadFilter(owner_id=2)) == leads.lead_ids(leads.LeadFilter())
    assert leads.lead_ids(leads.LeadFilter(owner_id=-1)) == []
    assert leads.lead_ids(leads.LeadFilter(created_from=NOW - 10**8, created_to=NOW + 10**8, text="rossi")) == [ada]


def test_audiences_count_live_and_export_customer_lists(team):
    leads_io.import_leads(meta_file(), NOW)
    audience_id = leads.save_audience("Catering", leads.LeadFilter(text="example"), NOW)
    [audience] = leads.audiences()
    assert (audience.id, leads.audience_count(audience)) == (audience_id, 2)
    leads.new_lead("Zoe", "Verdi", "zoe@example.it", "", 1, NOW)
    assert leads.audience_count(audience) == 3
    out = io.StringIO()
    assert leads.export_customer_list(audience.filter, out) == 3
    assert out.getvalue().splitlines()[0] == "email,phone,fn,ln,ct,country"


def test_contact_facts_validated_and_normalised(team):
    assert normalize_email(" Ada@Example.COM ") == "Ada@example.com"
    assert normalize_phone("333 123 4567") == "+393331234567"
    assert normalize_phone("+40 712 345 678") == "+40712345678"
    for bad in ("ada@", "not mail"):
        with pytest.raises(FactError):
            normalize_email(bad)
    with pytest.raises(FactError):
        normalize_phone("12")
    lead = leads.new_lead("Zoe", "", "", "0039 333 1234567", 1, NOW)
    leads.update_contact(lead, first_name="Zoe", last_name="Verdi", email="zoe@example.it", phone="3331234568")
    assert leads.lead_rows([lead])[lead].phone == "+393331234568"
    with pytest.raises(leads.LeadError):
        leads.new_lead(" ", "", "", "", 1, NOW)
