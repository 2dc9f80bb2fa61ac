"""Lead files as Meta writes them (the Ads Manager download: UTF-16, tab separated, with
lead_status and inbox_url; forms that ask for a work address), stage columns in other
tools' words, and imports that look people up through indexes, not by reading the inbox."""
import subprocess
import sys

import pytest

from db import leads, leads_io
from db.database import database

NOW = 1_780_000_000

# The columns of Ads Manager's "Download leads" (CSV): Meta's ids with their type
# prefixes, the form's questions under Meta's field names, a custom question, then the
# lead's status in Meta (the form completed) and its thread in Meta's inbox.
ADS_MANAGER = ["id", "created_time", "ad_id", "ad_name", "adset_id", "adset_name", "campaign_id", "campaign_name",
               "form_id", "form_name", "is_organic", "platform", "how_many_people?", "full_name", "email",
               "phone_number", "city", "lead_status", "inbox_url"]
ADS_ROWS = [
    ["l:2245803342490123", "2026-05-01T10:00:00+0200", "ag:120208899", "Pizza del mese", "as:120208898",
     "Milano 25-45", "c:120208897", "Catering", "f:81234", "Catering 2026", "false", "fb", "20", "Ada Rossi",
     "ada@example.com", "p:+393331234567", "Milano", "complete",
     "https://business.facebook.com/latest/inbox/all?asset_id=1&selected_item_id=2245803342490123"],
    ["l:2245803342490124", "2026-05-02T11:30:00+0200", "", "", "", "", "", "", "f:81234", "Catering 2026", "TRUE",
     "ig", "45", "Bruno Neri", "bruno@example.com", "p:+393339876543", "Monza", "complete", ""],
]


def tsv(header, rows, encoding="utf-16"):
    return ("\n".join("\t".join(r) for r in [header, *rows]) + "\n").encode(encoding)


@pytest.fixture
def team(any_db):
    from db.models import TeamMember

    assert TeamMember.insert(first_name="Giulia", last_name="Rossi").execute() == 1
    return any_db


def lead_named(text):
    return leads.details(leads.lead_ids(leads.LeadFilter(text=text))[0])


def lead_columns(lead_id):
    from db.models import Lead

    return (Lead.select(Lead.stage, Lead.form_status, Lead.platform, Lead.inbox_url, Lead.profile)
            .where(Lead.id == lead_id).tuples().get())


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
def test_the_ads_manager_download_imports_every_row_and_reads_meta_columns_for_what_they_are(team, encoding):
    result = leads_io.import_leads(tsv(ADS_MANAGER, ADS_ROWS, encoding), NOW)
    assert (result.created, result.merged, result.skipped) == (2, 0, ())
    ada = lead_named("Ada")
    stage, form_status, platform, inbox_url, _profile = lead_columns(ada.row.id)
    assert (stage, form_status, platform) == ("neutral", "complete", "facebook")  # lead_status is not our stage
    assert inbox_url.endswith("selected_item_id=2245803342490123")
    assert ada.external_id == "2245803342490123" and ada.answers == {"how_many_people?": "20"}
    assert (ada.row.email, ada.row.phone, ada.city) == ("ada@example.com", "+393331234567", "Milano")
    bruno = lead_named("Bruno")
    assert lead_columns(bruno.row.id)[2] == "instagram" and bruno.row.source == "organic"


def test_a_form_asking_for_the_work_address_gives_the_lead_its_e_mail_and_the_standard_answers(team):
    header = ["id", "created_time", "form_name", "platform", "first_name", "last_name", "work_email",
              "work_phone_number", "job_title", "company_name", "street_address", "zip_code", "state",
              "date_of_birth", "gender", "which_service?", "lead_status"]
    row = ["l:77001", "2026-05-03T09:00:00+0000", "B2B", "fb", "Carla", "Verdi", "carla.verdi@studio.example",
           "p:+390212345678", "Office manager", "Studio Verdi", "Via Roma 1", "20121", "MI", "1985-04-02",
           "female", "catering", "complete"]
    result = leads_io.import_leads(tsv(header, [row]), NOW)
    assert result.created == 1 and not result.skipped
    carla = lead_named("Carla")
    assert (carla.row.email, carla.row.phone) == ("carla.verdi@studio.example", "+390212345678")
    from db.models import Contact, Lead

    work, company = (Contact.select(Contact.work, Contact.company).join(Lead, on=(Lead.contact == Contact.id))
                     .where(Lead.id == carla.row.id).tuples().get())
    assert (work, company) == ("Office manager", "Studio Verdi")
    import json
    profile = json.loads(lead_columns(carla.row.id)[4])
    assert profile == {"street_address": "Via Roma 1", "zip_code": "20121", "state": "MI",
                       "date_of_birth": "1985-04-02", "gender": "female"}
    assert carla.answers == {"which_service?": "catering"}  # only the custom question is an answer


def test_another_tools_stages_are_mapped_and_unknown_ones_left_without_rejecting_the_file(team):
    header = ["Name", "Email", "Lead Status"]
    rows = [["Ann One", "ann@example.com", "Qualified"], ["Ben Two", "ben@example.com", "Closed Won"],
            ["Cy Three", "cy@example.com", "Lost"], ["Di Four", "di@example.com", "Marketing Qualified Lead"],
            ["Ed Five", "ed@example.com", "Sleeping"], ["Fay Six", "fay@example.com", "contacted"]]
    data = ("\n".join(",".join(r) for r in [header, *rows]) + "\n").encode()
    result = leads_io.import_leads(data, NOW)
    assert (result.created, result.skipped) == (6, ())
    stages = {name: lead_named(name).row.stage for name in ("Ann", "Ben", "Cy", "Di", "Ed", "Fay")}
    assert stages == {"Ann": "interested", "Ben": "converted", "Cy": "contacted", "Di": "interested",
                      "Ed": "neutral", "Fay": "contacted"}
    assert ("Qualified", "interested", 1) in result.mapped and ("Closed Won", "converted", 1) in result.mapped
    assert result.left == (("Sleeping", 1),)
    # Told what "Sleeping" means, a second import moves Ed (merged by e-mail).
    again = leads_io.import_leads(data, NOW + 5, stage_map=leads_io.parse_stage_map(["sleeping=interested"]))
    assert (again.created, again.merged, again.left) == (0, 6, ())
    assert lead_named("Ed").row.stage == "interested"


def test_stage_map_pairs_are_checked():
    assert leads_io.parse_stage_map(["Hot lead=converted", "x=keep"]) == {"Hot lead": "converted", "x": ""}
    for bad in ("nothing", "=neutral", "a=b"):
        with pytest.raises(ValueError, match="VALUE=STAGE"):
            leads_io.parse_stage_map([bad])


def test_a_person_who_wrote_on_messenger_gets_the_lead_rather_than_a_second_contact(team):
    from db.models import Contact

    contact = Contact.insert(first_name="Ada", last_name="Rossi", email="Ada@Example.com", created_at=1).execute()
    leads_io.import_leads(tsv(ADS_MANAGER, ADS_ROWS[:1]), NOW)
    assert database.execute_sql("SELECT count(*) FROM contact WHERE lower(email) = 'ada@example.com'").fetchone() \
        == (1,)
    assert database.execute_sql("SELECT contact_id FROM lead").fetchone() == (contact,)


def test_looking_a_person_up_uses_the_indexes_not_a_scan_of_the_contacts(db_path):  # (SQLite's plan)
    for sql, params in (("SELECT id FROM contact WHERE email = ? COLLATE NOCASE AND email != '' ORDER BY id LIMIT 1",
                         ("a@b.c",)),
                        ("SELECT id FROM contact WHERE phone = ? AND phone != '' ORDER BY id LIMIT 1", ("+39",))):
        plan = " ".join(r[-1] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "SEARCH contact USING" in plan and "INDEX contact_" in plan and "SCAN" not in plan, plan


def test_the_command_line_maps_stages_and_says_what_it_mapped_and_left(team, tmp_path):
    db_path = team
    path = tmp_path / "crm.csv"
    path.write_text("name,email,status\nAnn One,ann@example.com,Won\nEd Five,ed@example.com,Sleeping\n"
                    "Gus Six,gus@example.com,Frozen\n", encoding="utf-8")

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path), "import", "leads", str(path),
                               *args], capture_output=True, text=True, timeout=120)

    bad = cli("--stage-map", "Sleeping")
    assert bad.returncode == 2 and "VALUE=STAGE" in bad.stderr
    done = cli("--stage-map", "Sleeping=contacted")
    assert done.returncode == 0, done.stderr
    assert "3 new lead(s)" in done.stdout
    assert "“Won” read as converted" in done.stdout and "“Sleeping” read as contacted" in done.stdout
    assert "“Frozen” not read" in done.stdout and '--stage-map "Frozen=STAGE"' in done.stdout


def test_the_quick_e_mail_check_gives_email_validators_answers():
    """Plain addresses skip email_validator (50,000 rows of a download); for every address
    the quick pattern takes, the answer is the one email_validator gives."""
    from email_validator import EmailNotValidError, validate_email
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from db.contact_facts import _PLAIN_EMAIL, FactError, normalize_email

    @settings(max_examples=300, deadline=None)
    @given(st.from_regex(_PLAIN_EMAIL, fullmatch=True)
           | st.sampled_from(["Ada.Rossi@Example.COM", "a..b@x.it", "x@-a.it", "x@a-.it", "x@a.b", "x@a.test",
                              "a@b.local", "a_b%c+d-e@sub-domain.co.uk", "a" * 65 + "@x.it", "é@x.it",
                              "0@00--0.AA", "a@xn--d1acufc.xn--p1ai"]))
    def same(address):
        try:
            expected = validate_email(address, check_deliverability=False).normalized
        except EmailNotValidError:
            expected = None
        try:
            got = normalize_email(address)
        except FactError:
            got = None
        assert got == expected, address

    same()


def test_our_own_export_imports_back_without_duplicates_or_quotes(any_db, tmp_path):
    """Re-importing our export doubled every lead without an e-mail or a phone, and kept the
    quote that neutralised a formula in the name."""
    import io as _io

    from db import leads
    from db.database import close_database, open_database
    from db.incoming import new_contact

    walk_in = leads.create_lead(new_contact("Gino", "Senzatelefono", 0), None, 0)
    formula = leads.create_lead(new_contact("=HYPERLINK(\"x\")", "Rossi", 0), None, 0)
    leads.move_stage([formula], "contacted", None, 10)
    out = _io.StringIO()
    leads_io.export_csv(out)
    data = out.getvalue().encode("utf-8")
    assert "'=HYPERLINK" in out.getvalue()  # neutralised in the file, as it must be
    result = leads_io.apply(leads_io.parse(data), 100)
    assert (result.created, result.merged) == (0, 2)
    assert database.execute_sql("SELECT count(*) FROM lead").fetchone()[0] == 2
    names = {r[0] for r in database.execute_sql("SELECT first_name FROM contact")}
    assert names == {"Gino", '=HYPERLINK("x")'}
    assert leads.lead_rows([formula])[formula].stage == "contacted" and walk_in
    # The same file into another business's database: new leads, never someone else's.
    close_database()
    open_database(tmp_path / "other.db")
    leads.create_lead(new_contact("Altro", "Cliente", 0), None, 0)  # lead id 1 here is somebody else
    again = leads_io.apply(leads_io.parse(data), 100)
    assert (again.created, again.merged) == (2, 0)
    assert database.execute_sql("SELECT first_name FROM contact ORDER BY id").fetchall() == [
        ("Altro",), ("Gino",), ('=HYPERLINK("x")',)]
