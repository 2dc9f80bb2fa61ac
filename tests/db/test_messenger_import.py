import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from db import inbox, search
from db.database import database
from db.models import Contact, Conversation, Message
from db.messenger_import import ExportError, export_messages_csv, import_export, repair

NOW = 1_780_000_000
PAGE = "Pizzeria Da Gino"


def moji(text: str) -> str:
    """How Facebook writes it: each UTF-8 byte as its own character."""
    return text.encode("utf-8").decode("latin-1")


def message(sender, ts, content=None, **extra):
    m = {"sender_name": moji(sender), "timestamp_ms": ts, "type": "Generic", "is_geoblocked_for_viewer": False}
    if content is not None:
        m["content"] = moji(content)
    m.update(extra)
    return m


def write_thread(root, base, folder, thread, participants, files):
    d = root / base / folder / thread
    d.mkdir(parents=True, exist_ok=True)
    for number, msgs in enumerate(files, start=1):
        data = {"participants": [{"name": moji(p)} for p in participants], "messages": msgs,
                "title": moji(participants[0]), "is_still_participant": True, "thread_path": f"{folder}/{thread}"}
        (d / f"message_{number}.json").write_text(json.dumps(data), encoding="utf-8")
    return d


@pytest.fixture
def export(tmp_path):
    root = tmp_path / "facebook-export"
    base = "your_activity_across_facebook/messages"
    t0 = 1_760_000_000_000
    photo_dir = root / base / "inbox" / "ada_123" / "photos"
    photo_dir.mkdir(parents=True)
    (photo_dir / "pizza.jpg").write_bytes(b"\xff\xd8jpeg")
    # message_1 holds the newest; inside each file, newest first.
    write_thread(root, base, "inbox", "ada_123", ["Ada Rossi", PAGE], [
        [message("Ada Rossi", t0 + 4000, "Grazie mille! 🍕"),
         message(PAGE, t0 + 3000, "Certo, ecco la foto", photos=[{"uri": f"{base}/inbox/ada_123/photos/pizza.jpg",
                                                                   "creation_timestamp": 1}]),
         message("Ada Rossi", t0 + 2500, is_unsent=True)],
        [message("Ada Rossi", t0 + 2000, "Perché il forno è spento?",
                 files=[{"uri": "messages/inbox/ada_123/files/menu.pdf"}]),
         message("Ada Rossi", t0 + 1000, "Buongiorno", share={"link": "https://dagino.example/menu"})],
    ])
    write_thread(root, base, "archived_threads", "stefan_9", ["Ștefan Mureșan", PAGE], [
        [message(PAGE, t0 + 9000, "Cu plăcere!"), message("Ștefan Mureșan", t0 + 8000, "Mulțumesc pentru ședință")]])
    write_thread(root, base, "inbox", "wang_7", ["王伟", PAGE], [
        [message("王伟", t0 + 7000, "你好！我想预订周六的桌位")]])
    return root


def test_repair_undoes_mojibake_and_leaves_what_it_cannot():
    assert repair(moji("perché ședință 🍕 预订")) == "perché ședință 🍕 预订"
    assert repair("plain ascii") == "plain ascii"
    assert repair("already fine: perché 预订") == "already fine: perché 预订"  # a character above U+00FF
    assert repair("\u00c3\u0028") == "\u00c3\u0028"  # bytes that are not UTF-8


def test_an_export_folder_comes_in_whole(any_db, export, tmp_path):
    summary = import_export(export, tmp_path / "store", NOW)
    assert (summary.page, summary.threads, summary.messages_added, summary.missing_files) == (PAGE, 3, 8, 1)
    ada = Contact.get(Contact.first_name == "Ada")
    messages = inbox.thread(Conversation.get(Conversation.contact == ada).id)
    assert [m.text for m in messages] == ["Buongiorno\nhttps://dagino.example/menu", "Perché il forno è spento?",
                                          "", "Certo, ecco la foto", "Grazie mille! 🍕"]
    assert [m.direction for m in messages] == ["in", "in", "in", "out", "in"]
    assert messages[2].state == "unsent"
    photo = messages[3].attachments[0]
    assert (photo.kind, photo.missing) == ("image", False)
    assert Path(photo.path).read_bytes() == b"\xff\xd8jpeg"
    menu = messages[1].attachments[0]
    assert (menu.filename, menu.missing) == ("menu.pdf", True)
    assert Conversation.get(Conversation.contact == Contact.get(Contact.first_name == "Ștefan")).folder == "archived"
    assert search.search_conversations("sedinta", "archived")
    assert search.search_conversations("预订")


def test_reimporting_adds_nothing_and_a_newer_export_only_what_is_new(any_db, export, tmp_path):
    import_export(export, tmp_path / "store", NOW)
    again = import_export(export, tmp_path / "store", NOW)
    assert (again.messages_added, again.messages_known) == (0, 8)
    base = export / "your_activity_across_facebook/messages/inbox/wang_7"
    data = json.loads((base / "message_1.json").read_text())
    data["messages"].insert(0, message("王伟", 1_760_000_100_000, "谢谢"))
    (base / "message_1.json").write_text(json.dumps(data))
    newer = import_export(export, tmp_path / "store", NOW)
    assert newer.messages_added == 1
    assert Message.select().count() == 9


def test_the_other_layout_and_a_zip(any_db, tmp_path):
    root = tmp_path / "old"
    write_thread(root, "messages", "inbox", "bo_1", ["Bo", PAGE], [[message("Bo", 1_700_000_000_000, "Ciao")]])
    write_thread(root, "messages", "message_requests", "cy_2", ["Cy", PAGE],
                 [[message("Cy", 1_700_000_100_000, "Hello")]])
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in root.rglob("*.json"):
            z.write(path, path.relative_to(root).as_posix())
    summary = import_export(archive, tmp_path / "store", NOW)
    assert (summary.threads, summary.messages_added) == (2, 2)


def test_a_broken_file_is_named_and_nothing_is_written(any_db, export, tmp_path):
    broken = export / "your_activity_across_facebook/messages/inbox/wang_7/message_2.json"
    broken.write_text('{"messages": [ {"sender_name": "x", "timestamp_ms": 1')
    with pytest.raises(ExportError, match="wang_7/message_2.json"):
        import_export(export, tmp_path / "store", NOW)
    assert database.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 0
    assert database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0


def test_page_must_be_clear_or_given(any_db, tmp_path):
    root = tmp_path / "one"
    write_thread(root, "messages", "inbox", "a", ["Ann", "Pizzeria"], [[message("Ann", 1, "hi")]])
    write_thread(root, "messages", "inbox", "b", ["Ben", "Pizzeria"], [[message("Ben", 2, "hey")]])
    assert import_export(root, tmp_path / "s", NOW).page == "Pizzeria"
    lone = tmp_path / "lone"
    write_thread(lone, "messages", "inbox", "c", ["Cleo", "Pizzeria"], [[message("Cleo", 3, "hi")]])
    with pytest.raises(ExportError, match="--page"):
        import_export(lone, tmp_path / "s", NOW)
    assert import_export(lone, tmp_path / "s", NOW, page="Pizzeria").messages_added == 1


def test_cancel_leaves_nothing(any_db, export, tmp_path):
    with pytest.raises(InterruptedError):
        import_export(export, tmp_path / "store", NOW, cancelled=lambda: True)
    assert database.execute_sql("SELECT count(*) FROM message").fetchone()[0] == 0


def test_messages_export_csv(any_db, export, tmp_path):
    import_export(export, tmp_path / "store", NOW)
    out = io.StringIO(newline="")
    assert export_messages_csv(out) == 8
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0] == ["conversation_id", "contact_name", "direction", "sent_at", "author", "automatic", "text"]
    assert rows[1][2:4] == ["in", "2025-10-09T08:53:21Z"] and rows[1][5] == "false"
    assert [r[3] for r in rows[1:]] == sorted(r[3] for r in rows[1:])


def test_import_and_export_commands(export, tmp_path):
    import subprocess
    import sys
    db = tmp_path / "cli.db"
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop", *map(str, a)], capture_output=True,  # noqa
                                    text=True, timeout=120)
    out = run("--db", db, "import", "messenger", export)
    assert out.returncode == 0, out.stderr
    assert "8 new messages" in out.stdout and "1 files not found" in out.stdout
    out = run("--db", db, "export", "messages", tmp_path / "m.csv")
    assert out.returncode == 0 and "8 messages" in out.stdout
    (export / "your_activity_across_facebook/messages/inbox/ada_123/message_1.json").write_text("{broken")
    out = run("--db", tmp_path / "other.db", "import", "messenger", export)
    assert out.returncode == 1 and "message_1.json" in out.stderr and "nothing was imported" in out.stderr


def test_a_nul_character_in_the_export_does_not_stop_the_import(any_db, tmp_path):
    """A server refuses NUL in text: it comes in as U+FFFD, and the rest of the export with it."""
    root = tmp_path / "nul"
    write_thread(root, "messages", "inbox", "ann_1", ["Ann\x00", PAGE],
                 [[message("Ann\x00", 1_700_000_000_000, "ciao\x00 a tutti"), message(PAGE, 1_700_000_100_000, "ciao")]])
    summary = import_export(root, tmp_path / "store", NOW, page=PAGE)
    assert summary.messages_added == 2
    assert sorted(m.text for m in Message.select()) == ["ciao", "ciao\ufffd a tutti"]
