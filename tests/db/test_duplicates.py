"""Duplicates found and merged: what identifies a person, what a merge moves, and undo."""
import json
import subprocess
import sys

import pytest

from db import duplicates
from db.database import database
from tests.conftest import NOW


def contact(first="", last="", email="", phone="", external=None, city="", created=0):
    from db.models import Contact

    return Contact.insert(first_name=first, last_name=last, email=email, phone=phone, external_id=external,
                          city=city, created_at=created).execute()


def everything():
    """Every row a merge may touch, as it is."""
    out = {}
    for table in ("contact", "conversation", "message", "lead", "note", "reminder", "contact_label",
                  "support_case", "lead_stage_change"):
        out[table] = database.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    return out


@pytest.fixture
def people(any_db):
    """Ada wrote on Messenger, then filled a lead form: two contacts."""
    from db.models import ContactLabel, Conversation, Label, Lead, Message, Note, Reminder, SupportCase

    vip = Label.insert(name="VIP", color="#F08C00").execute()
    catering = Label.insert(name="Catering", color="#0C8599").execute()
    messenger = contact("Ada", "Rossi", external="psid:4401", created=100)
    form = contact("Ada", "Rossi ", email="ada@mail.example", phone="+393331234567", city="Milano", created=200)
    conv = Conversation.insert(contact=messenger, last_message_at=NOW, created_at=0).execute()
    Message.insert(conversation=conv, direction="in", text="Fate catering?", sent_at=NOW).execute()
    SupportCase.insert(conversation=conv, category="product_info", status="assisting", opened_at=0,
                       updated_at=0).execute()
    Note.insert(contact=messenger, text="Allergica alle noci", created_at=0, updated_at=0).execute()
    lead = Lead.insert(contact=form, stage="interested", source="form", created_at=0,
                       stage_changed_at=0).execute()
    Note.insert(contact=form, text="Vuole 40 coperti", created_at=0, updated_at=0).execute()
    Reminder.insert(lead=lead, contact=form, text="Richiamare", due_at=NOW + 3600, created_at=0).execute()
    ContactLabel.insert_many([(messenger, vip), (form, vip), (form, catering)],
                             fields=[ContactLabel.contact, ContactLabel.label]).execute()
    return dict(messenger=messenger, form=form, conv=conv, lead=lead, vip=vip, catering=catering)


def test_what_identifies_a_person(any_db):
    a = contact("Bo", "", email="Bo@Mail.example ")
    b = contact("Roberto", "Bianchi", email="bo@mail.example")
    c = contact("", "", phone="+447911123456")
    d = contact("Chen", "", phone="+447911123456")
    e = contact("Wei", "Li", external="psid:900")
    f = contact("W.", "Li", external="fbuser:900")  # the comment's author, the same Meta id
    # Same name: grouped only when nothing they hold contradicts it.
    g1, g2 = contact("Luca", "Bianchi", email="luca@a.example"), contact("Luca", "Bianchi", email="luca@b.example")
    h1, h2 = contact("Giulia", "Verdi"), contact("GIULIA", "Verdi", phone="+393401112223")
    i1, i2 = contact("Sara", ""), contact("Sara", "")  # a first name alone says too little
    j1, j2 = contact("Ana", "Pop", external="psid:1"), contact("Ana", "Pop", external="psid:2")  # two Messenger people
    k1, k2 = contact("Marco", "Neri", city="Milano"), contact("Marco", "Neri", city="Roma")  # two towns
    groups = {frozenset(g.contacts): g for g in duplicates.find()}
    assert groups[frozenset((a, b))].reason == "same e-mail"
    assert groups[frozenset((c, d))].reason == "same phone"
    assert groups[frozenset((e, f))].reason == "same Meta id"
    assert groups[frozenset((h1, h2))].reason == "same name"
    for pair in ((g1, g2), (i1, i2), (j1, j2), (k1, k2)):
        assert not any(set(pair) <= set(g) for g in groups)
    assert len(groups) == 4


def test_a_merge_moves_everything_to_the_one_that_stays_and_undo_puts_it_back(people):
    p = people
    group = next(g for g in duplicates.find() if p["messenger"] in g.contacts)
    assert set(group.contacts) == {p["messenger"], p["form"]} and group.reason == "same name"
    before = everything()
    preview = duplicates.preview([p["messenger"], p["form"]])
    assert preview.moves == {"conversations": 0, "leads": 1, "notes": 1, "follow-ups": 1, "labels": 1}
    assert set(preview.values) == {"last_name"}  # "Rossi" and "Rossi ": which one, the user says
    record = duplicates.merge([p["messenger"], p["form"]], {"last_name": p["messenger"]})
    one = lambda sql, params=(): database.execute_sql(sql, params).fetchone()  # noqa: E731
    assert one("SELECT count(*) FROM contact")[0] == 1
    assert one("SELECT first_name, last_name, email, phone, city, external_id, created_at FROM contact") == (
        "Ada", "Rossi", "ada@mail.example", "+393331234567", "Milano", "psid:4401", 100)
    for table in ("conversation", "lead", "note", "reminder"):
        assert {r[0] for r in database.execute_sql(f"SELECT DISTINCT contact_id FROM {table}")} == {p["messenger"]}
    assert {r[0] for r in database.execute_sql("SELECT label_id FROM contact_label")} == {p["vip"], p["catering"]}
    # Nothing lost: every message, note, follow-up and case is still there.
    after = everything()
    for table in ("message", "note", "reminder", "support_case", "lead_stage_change"):
        assert len(after[table]) == len(before[table])
    duplicates.unmerge(record)
    assert everything() == before


def test_a_merge_refuses_what_it_cannot_do(people):
    with pytest.raises(duplicates.MergeError):
        duplicates.merge([people["form"]])
    with pytest.raises(duplicates.MergeError, match="999"):
        duplicates.merge([people["form"], 999])
    with pytest.raises(duplicates.MergeError):
        duplicates.merge([people["form"], people["messenger"]], {"email": 12345})
    assert database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2  # nothing half-done


def run_cli(target, *args):
    from db.database import close_database
    close_database()
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(target), *args],
                          capture_output=True, text=True, timeout=120)


def test_the_commands_list_and_merge(people, any_db):
    p, db_path = people, any_db
    out = run_cli(db_path, "duplicates", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [{"contacts": [p["messenger"], p["form"]], "reason": "same name"}]
    text = run_cli(db_path, "duplicates")
    assert "same name" in text.stdout and "Ada Rossi" in text.stdout
    bad = run_cli(db_path, "merge", str(p["messenger"]), "999")
    assert bad.returncode == 1 and "999" in bad.stderr
    done = run_cli(db_path, "merge", str(p["form"]), str(p["messenger"]))
    assert done.returncode == 0 and "Merged 1 contact(s)" in done.stdout
    assert json.loads(run_cli(db_path, "duplicates", "--json").stdout) == []
    from db.database import open_database
    open_database(db_path)
    assert database.execute_sql("SELECT id, email FROM contact").fetchall() == [(p["form"], "ada@mail.example")]
