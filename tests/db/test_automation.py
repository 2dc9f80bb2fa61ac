"""Away, business hours and the automatic replies, each rule at its edges."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from db import automation, settings
from db.automation import AutomationError
from db.clock import HOUR, MINUTE
from db.models import Conversation, Message
from db.incoming import new_contact, receive_message

ROME = ZoneInfo("Europe/Rome")


def rome(y, mo, d, h, mi=0):
    return int(datetime(y, mo, d, h, mi, tzinfo=ROME).timestamp())


# 2026-05-12 is a Tuesday.
TUESDAY_LUNCH = rome(2026, 5, 12, 13, 0)
TUESDAY_AFTERNOON = rome(2026, 5, 12, 15, 0)


@pytest.fixture
def pizzeria(any_db):
    settings.put("business.timezone", "Europe/Rome")
    settings.put("business.website", "https://dagino.example")
    automation.set_business_hours({d: [(12 * 60, 14 * 60 + 30), (18 * 60 + 30, 23 * 60)] for d in range(1, 7)})
    automation.save_instant_reply(True, "Ciao {first_name}, grazie! Rispondiamo presto.")
    automation.save_away_message(True, "Ciao {first_name}, ora siamo chiusi. {nickname}")
    return any_db


def automatic_messages(conversation_id):
    return [m.automatic for m in Message.select(Message.automatic).where(
        Message.conversation == conversation_id, Message.automatic.is_null(False)).order_by(Message.id)]


# --- manual away: 12 hours, ending by itself --------------------------------------

@pytest.mark.parametrize("elapsed, away", [
    (0, True), (11 * HOUR + 59 * MINUTE, True), (12 * HOUR, False), (12 * HOUR + MINUTE, False)])
def test_manual_away_lasts_twelve_hours(pizzeria, elapsed, away):
    start = TUESDAY_LUNCH
    automation.set_away(start)
    status = automation.away_status(start + elapsed)
    assert status.away is away
    if away:
        assert (status.source, status.until) == ("manual", start + 12 * HOUR)


def test_turn_off_ends_manual_away_at_once(pizzeria):
    automation.set_away(TUESDAY_LUNCH)
    assert automation.turn_off_away(TUESDAY_LUNCH + HOUR)
    assert not automation.away_status(TUESDAY_LUNCH + HOUR).away
    assert not automation.turn_off_away(TUESDAY_LUNCH + HOUR)
    # The period stays on record, as long as it really lasted.
    assert automation.was_away(TUESDAY_LUNCH + 30 * MINUTE)
    assert not automation.was_away(TUESDAY_LUNCH + HOUR)


def test_setting_away_twice_keeps_one_period(pizzeria):
    first = automation.set_away(TUESDAY_LUNCH)
    assert automation.set_away(TUESDAY_LUNCH + HOUR) == first


# --- business hours ----------------------------------------------------------------------

def test_schedule_away_only_when_switched_on(pizzeria):
    assert not automation.away_status(TUESDAY_AFTERNOON).away
    settings.put("away.schedule_enabled", True)
    status = automation.away_status(TUESDAY_AFTERNOON)
    assert status.away and status.source == "schedule"
    assert (status.since, status.until) == (rome(2026, 5, 12, 14, 30), rome(2026, 5, 12, 18, 30))


@pytest.mark.parametrize("when, open_", [
    (rome(2026, 5, 12, 11, 59), False), (rome(2026, 5, 12, 12, 0), True),
    (rome(2026, 5, 12, 14, 29), True), (rome(2026, 5, 12, 14, 30), False),  # the lunch break
    (rome(2026, 5, 12, 18, 30), True), (rome(2026, 5, 12, 23, 0), False),
    (rome(2026, 5, 11, 13, 0), False),  # Monday: closed all day
])
def test_business_hours_edges(pizzeria, when, open_):
    assert automation.Schedule.load().is_open(when) is open_


def test_closed_dates_close_a_working_day(pizzeria):
    automation.add_closed_date(date(2026, 5, 12), "Chiuso per ferie")
    schedule = automation.Schedule.load()
    assert not schedule.is_open(TUESDAY_LUNCH)
    # The closed stretch runs from Sunday's closing to Wednesday's opening (Monday too is closed).
    assert schedule.closed_gap(TUESDAY_LUNCH) == (rome(2026, 5, 10, 23, 0), rome(2026, 5, 13, 12, 0))
    automation.remove_closed_date(date(2026, 5, 12))
    assert automation.Schedule.load().is_open(TUESDAY_LUNCH)


def test_parse_periods_reads_what_people_type():
    assert automation.parse_periods("12:00-14:30, 18.30–23:00") == [(720, 870), (1110, 1380)]
    assert automation.parse_periods("  ") == []
    assert automation.parse_periods("00:00-24:00") == [(0, 1440)]
    for bad, why in [("12-14", "not a period"), ("14:00-12:00", "ends before"), ("25:00-26:00", "not a time"),
                     ("12:00-15:00, 14:00-16:00", "overlap"), ("22:00-02:00", "ends before")]:
        with pytest.raises(AutomationError, match=why):
            automation.parse_periods(bad)


# --- texts: at most 250 characters -----------------------------------------------------

def test_automatic_texts_hold_at_most_250_characters(pizzeria):
    automation.save_instant_reply(True, "x" * 250)
    assert automation.remaining_characters("x" * 250) == 0
    with pytest.raises(AutomationError, match="251 characters"):
        automation.save_instant_reply(True, "x" * 251)
    with pytest.raises(AutomationError, match="251 characters"):
        automation.save_away_message(True, "y" * 251)
    assert automation.setting("instant_reply.text") == "x" * 250  # the refused text saved nothing
    with pytest.raises(AutomationError, match="empty"):
        automation.save_away_message(True, "   ")


# --- the pipeline ------------------------------------------------------------------------

def test_instant_reply_goes_to_a_first_message_only(pizzeria):
    ada = new_contact("Ada", "Rossi", TUESDAY_LUNCH)
    first = receive_message(ada, "Ciao!", TUESDAY_LUNCH)
    assert first.automatic == ("instant",)
    instant = Message.get(Message.automatic == "instant")
    assert (instant.text, instant.direction, instant.author_id) == ("Ciao Ada, grazie! Rispondiamo presto.", "out", None)
    later = receive_message(ada, "Ci siete?", TUESDAY_LUNCH + 5 * MINUTE)
    assert later.automatic == ()
    # Months later, in a conversation of its own: still not the first message ever.
    Conversation.update(folder="done").execute()
    again = receive_message(ada, "Buongiorno", TUESDAY_LUNCH + 120 * 86400, channel="comment")
    assert again.conversation_id != first.conversation_id and again.automatic == ()


def test_instant_reply_not_sent_while_away(pizzeria):
    automation.set_away(TUESDAY_LUNCH)
    bo = new_contact("Bo", now=TUESDAY_LUNCH)
    result = receive_message(bo, "Hello", TUESDAY_LUNCH + MINUTE)
    assert result.automatic == ("away",)
    # Unknown fields stay visible rather than silently empty.
    assert Message.get(Message.automatic == "away").text == "Ciao Bo, ora siamo chiusi. {nickname}"


def test_away_message_once_per_conversation_per_away_period(pizzeria):
    settings.put("away.schedule_enabled", True)
    ada = new_contact("Ada", now=TUESDAY_AFTERNOON)
    first = receive_message(ada, "Siete aperti?", TUESDAY_AFTERNOON)
    second = receive_message(ada, "Allora?", TUESDAY_AFTERNOON + 20 * MINUTE)
    assert (first.automatic, second.automatic) == (("away",), ())
    # The same conversation in the open hours, then after closing: a new away period.
    assert receive_message(ada, "Grazie", rome(2026, 5, 12, 19, 0)).automatic == ()
    assert receive_message(ada, "Ancora io", rome(2026, 5, 12, 23, 30)).automatic == ("away",)
    assert automatic_messages(first.conversation_id) == ["away", "away"]
    # The scheduled periods that held requests are on record for the metrics.
    assert automation.was_away(TUESDAY_AFTERNOON) and automation.was_away(rome(2026, 5, 12, 23, 30))
    assert not automation.was_away(rome(2026, 5, 12, 19, 0))


def test_request_inside_and_outside_business_hours(pizzeria):
    settings.put("away.schedule_enabled", True)
    automation.save_instant_reply(False, "off")
    inside = receive_message(new_contact("In"), "Ciao", TUESDAY_LUNCH)
    outside = receive_message(new_contact("Out"), "Ciao", TUESDAY_AFTERNOON)
    assert inside.automatic == () and outside.automatic == ("away",)


def test_blocked_contacts_land_in_spam_without_replies(pizzeria):
    spammer = new_contact("Spam", now=TUESDAY_LUNCH, blocked=1)
    result = receive_message(spammer, "Buy now", TUESDAY_LUNCH)
    assert result.folder == "spam" and result.automatic == ()


def test_done_and_archived_reopen_into_the_inbox_unread(pizzeria):
    ada = new_contact("Ada", now=TUESDAY_LUNCH)
    first = receive_message(ada, "Ciao", TUESDAY_LUNCH)
    for folder in ("done", "archived"):
        Conversation.update(folder=folder, unread=False).execute()
        again = receive_message(ada, f"di nuovo {folder}", TUESDAY_LUNCH + HOUR)
        assert again.conversation_id == first.conversation_id
        conversation = Conversation.get()
        assert (conversation.folder, conversation.unread, conversation.snippet) == ("inbox", True, f"di nuovo {folder}")


def test_a_known_message_id_is_not_stored_twice(pizzeria):
    ada = new_contact("Ada", now=TUESDAY_LUNCH)
    one = receive_message(ada, "Ciao", TUESDAY_LUNCH, external_id="m_1")
    two = receive_message(ada, "Ciao", TUESDAY_LUNCH + 10, external_id="m_1")
    assert two.duplicate and two.message_id == one.message_id
    assert Message.select().where(Message.direction == "in").count() == 1


def test_greeting_only_for_channels_that_show_one(pizzeria):
    assert automation.greeting_for("messenger") is None
    automation.save_greeting(True, "Benvenuto da Gino!")
    assert automation.greeting_for("messenger") == "Benvenuto da Gino!"
    assert automation.greeting_for("comment") is None
    with pytest.raises(AutomationError):
        automation.save_greeting(True, "g" * 161)


@pytest.mark.parametrize("seconds, rate, bucket", [
    (10 * 60, 0.95, "minutes"), (15 * 60, 0.9, "minutes"), (15 * 60 + 1, 0.9, "hour"),
    (3 * HOUR, 0.99, "hours"), (10 * HOUR, 0.99, "day"), (60, 0.89, None), (None, None, None)])
def test_automatic_response_time_line(seconds, rate, bucket):
    assert automation.automatic_response_bucket(seconds, rate) == bucket


def test_fixed_response_time_choice(pizzeria):
    assert automation.response_time_mode() == "automatic"
    automation.set_response_time_mode("hours")
    assert automation.public_response_bucket(automation.response_time_mode(), 60, 1.0) == "hours"
    with pytest.raises(AutomationError):
        automation.set_response_time_mode("weeks")
    assert automation.automatic_response_bucket(60, 1.0, used_this_week=False) is None


def test_ice_breakers_are_four_short_questions_at_most(any_db):
    from db.errors import UserError

    assert automation.save_ice_breakers(["  Siete   aperti? ", "", "Fate consegne?"]) == ["Siete aperti?", "Fate consegne?"]
    assert automation.ice_breakers() == ["Siete aperti?", "Fate consegne?"]
    with pytest.raises(UserError, match="at most 4"):
        automation.save_ice_breakers(["a", "b", "c", "d", "e"])
    with pytest.raises(UserError, match="at most 80"):
        automation.save_ice_breakers(["x" * 81])
    assert automation.ice_breakers() == ["Siete aperti?", "Fate consegne?"]  # nothing kept of a refused list
