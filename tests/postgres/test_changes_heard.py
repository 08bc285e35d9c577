"""Each coordinator's window hears the others' changes, and knows who else is connected."""

import time

from sqlalchemy import create_engine, text

from revmentor_desktop.core.db import open_database
from revmentor_desktop.core.db.changes import ChangeListener
from revmentor_desktop.core.db.presence import application_name, editor_of, others_connected
from revmentor_desktop.core.services.coordinator import save_coordinator_email


def heard_within(listener: ChangeListener, seconds: float = 10) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if names := listener.heard():
            return names
        time.sleep(0.02)
    return []


def test_a_change_by_another_coordinator_is_heard_with_their_name(postgres_url):
    with (
        open_database(postgres_url, editor="Priya Raman") as priya,
        open_database(postgres_url, editor="Tom") as tom,
    ):
        listener = ChangeListener(priya.engine, priya.application_name)
        try:
            assert listener.heard() == []  # listening from now on, without waiting
            save_coordinator_email(tom, "mentoring@northwind.example")
            assert heard_within(listener) == ["Tom"]
            save_coordinator_email(priya, "hr@northwind.example")  # her own: no news
            time.sleep(0.2)
            assert listener.heard() == []
            # An administrator's change (no RevMentor name) is news too.
            engine = create_engine(postgres_url)
            with engine.begin() as connection:
                connection.execute(text("DELETE FROM setting"))
            engine.dispose()
            assert heard_within(listener) == ["Someone"]
        finally:
            listener.close()


def test_the_listener_comes_back_after_losing_its_connection(postgres_url, postgres):
    with (
        open_database(postgres_url, editor="Priya") as priya,
        open_database(postgres_url, editor="Tom") as tom,
    ):
        listener = ChangeListener(priya.engine, priya.application_name)
        try:
            listener.heard()
            postgres.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'"
            )
            deadline = time.monotonic() + 10
            while not listener.missed:  # the loss is logged, not raised, and listened again
                assert listener.heard() == [] and time.monotonic() < deadline
                time.sleep(0.02)
            save_coordinator_email(tom, "mentoring@northwind.example")
            assert heard_within(listener) == ["Tom"]
        finally:
            listener.close()


def test_who_else_is_connected(postgres_url):
    with open_database(postgres_url, editor="Priya") as priya:
        with priya.engine.connect():
            assert others_connected(priya.engine, priya.application_name) == []
        with open_database(postgres_url, editor="Tom") as tom, tom.engine.connect():
            assert others_connected(priya.engine, priya.application_name) == ["Tom"]
        tom.engine.dispose()
        # The server forgets a closed connection a moment after the client has gone.
        deadline = time.monotonic() + 10
        while others := others_connected(priya.engine, priya.application_name):
            assert time.monotonic() < deadline, others
            time.sleep(0.02)


def test_application_names_carry_the_coordinator():
    name = application_name("Zoë Ángel Ó Súilleabháin-Wetherington the Third", "3fa2c1")
    assert name.startswith("RevMentor 3fa2c1: Zoë") and len(name) <= 63
    assert editor_of("RevMentor 3fa2c1: Priya") == "Priya"
    assert editor_of("psql") is None and editor_of("RevMentor: x") is None
