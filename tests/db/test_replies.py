import pytest

from db import replies
from db.replies import Personalization, ReplyError

VALUES = Personalization("Ada", "Rossi", "Giulia", "Bianchi", "https://dagino.example")


def test_render_fills_known_fields_and_keeps_unknown_ones():
    text = "Ciao {first_name} {last_name}, sono {agent_first_name} {agent_last_name}: {website} {nome}"
    assert replies.render(text, VALUES) == \
        "Ciao Ada Rossi, sono Giulia Bianchi: https://dagino.example {nome}"
    assert replies.unknown_fields(text) == ["nome"]
    assert replies.render("{first_name}{first_name} {}", VALUES) == "AdaAda {}"


def test_create_edit_duplicate_delete_reorder(any_db):
    a = replies.create("Orari", "Siamo aperti 12–23", "orari")
    b = replies.create("Consegna", "Consegniamo entro 5 km")
    c = replies.duplicate(a)
    assert [r.title for r in replies.list_replies()] == ["Orari", "Orari (copy)", "Consegna"]
    assert replies.get(c).shortcut == ""
    replies.update(b, "Consegna a domicilio", "Entro 5 km, {first_name}", "consegna")
    replies.move(b, 0)
    assert [r.id for r in replies.list_replies()] == [b, a, c]
    gone = replies.delete(a)
    assert [r.id for r in replies.list_replies()] == [b, c]
    replies.restore(gone)
    assert [r.id for r in replies.list_replies()] == [b, a, c]
    assert [r.title for r in replies.list_replies("5 km")] == ["Consegna a domicilio"]


def test_clear_messages_for_what_cannot_be_saved(any_db):
    replies.create("Orari", "aperti", "orari")
    with pytest.raises(ReplyError, match="title"):
        replies.create("  ", "x")
    with pytest.raises(ReplyError, match="text"):
        replies.create("Vuota", " ")
    with pytest.raises(ReplyError, match="already used"):
        replies.create("Altro", "x", "ORARI")
    with pytest.raises(ReplyError, match="one word"):
        replies.create("Altro", "x", "due parole")


def test_attachments_are_copied_and_travel_with_duplicates(any_db, tmp_path):
    source = tmp_path / "menu.pdf"
    source.write_bytes(b"%PDF-1.4 menu")
    reply = replies.create("Menù", "Ecco il menù")
    attached = replies.attach(reply, source, tmp_path / "store")
    source.unlink()
    assert (tmp_path / "store").joinpath(attached.path.split("/")[-1]).read_bytes() == b"%PDF-1.4 menu"
    copy = replies.duplicate(reply)
    assert [a.filename for a in replies.get(copy).attachments] == ["menu.pdf"]
    with pytest.raises(ReplyError, match="not a file"):
        replies.attach(reply, tmp_path / "missing.png", tmp_path / "store")
