"""Two app servers on one PostgreSQL database and one Redis, as in docs/deploy.md.

An edit made through either server shows through the other at once, both
answer with the same ETag, and a session opened on one is valid on the other.
The servers are real gunicorn processes (DEBUG off) on a database made for
this test (migrated, loaded with a seed page, dropped afterwards), not the
suite's test database, which lives inside one transaction of this process.

PostgreSQL is the suite's own server when it runs on PostgreSQL, else
127.0.0.1:5432; Redis is REDIS_URL, else 127.0.0.1:6379 database 1. Outside
CI the test is skipped, saying why, when either cannot be reached; under
CI=true it fails instead.
"""

import html
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import scratch

# Two servers and the commands that prepare their database: seconds of CPU.
pytestmark = pytest.mark.slow

PASSWORD = "two-servers-correct-horse"
SEED = sorted((scratch.ROOT / "seeds").glob("002_*.txt"))[0]


@pytest.fixture(scope="module")
def services() -> tuple[str, str]:
    """Return the PostgreSQL server and Redis URLs, or skip (fail under CI) when one cannot be reached."""
    postgres = scratch.postgres_url()
    scratch.require(scratch.postgres_unreachable(postgres), scratch.redis_unreachable(scratch.REDIS_URL))
    return postgres, scratch.REDIS_URL


@dataclass
class Response:
    status: int
    headers: dict
    text: str


@dataclass
class Browser:
    """One browser talking to one server: its own cookies, redirects shown rather than followed."""

    base: str
    cookies: dict[str, str] = field(default_factory=dict)

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def request(self, path: str, data: dict | None = None, headers: dict | None = None) -> Response:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=dict(headers or {}))
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{name}={value}" for name, value in self.cookies.items()))
        opener = urllib.request.build_opener(self.NoRedirects)
        try:
            with opener.open(request, timeout=60) as answer:
                response = Response(answer.status, dict(answer.headers), answer.read().decode())
                set_cookies = answer.headers.get_all("Set-Cookie") or []
        except urllib.error.HTTPError as answer:
            response = Response(answer.code, dict(answer.headers), answer.read().decode())
            set_cookies = answer.headers.get_all("Set-Cookie") or []
        for cookie in set_cookies:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            if value in ("", '""'):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def form_token(self, path: str) -> str:
        page = self.request(path)
        assert page.status == 200, (path, page.status)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)

    def log_in(self, username: str, password: str) -> Response:
        token = self.form_token("/admin/login/")
        return self.request(
            "/admin/login/?next=/admin/",
            {"username": username, "password": password, "csrfmiddlewaretoken": token, "next": "/admin/"},
        )

    def run_action(self, changelist: str, action: str, pks: list[int]) -> Response:
        token = self.form_token(changelist)
        return self.request(
            changelist, {"csrfmiddlewaretoken": token, "action": action, "_selected_action": [str(pk) for pk in pks], "index": "0"}
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(base: str, server: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"gunicorn exited with {server.returncode}:\n{log.read_text()}")
        try:
            urllib.request.urlopen(base + "/robots.txt", timeout=5).read()
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"gunicorn did not answer at {base} within {seconds} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def site(services, tmp_path_factory):
    """Two gunicorn servers on one fresh PostgreSQL database and one Redis; yield what the tests need."""
    postgres, redis_url = services
    folder = tmp_path_factory.mktemp("two-servers")
    # A copy of a migrated database: the deployment's migrate below then has nothing left to do but check.
    with scratch.postgres_database("two_servers", postgres, migrated=True) as database_url:
        env = scratch.environment(
            DATABASE_URL=database_url, REDIS_URL=redis_url, DEBUG="false", SECRET_KEY="two-servers-shared-secret",
            SECURE_COOKIES="false", SECURE_SSL_REDIRECT="false", ALLOWED_HOSTS="127.0.0.1", STATIC_ROOT=str(folder / "static"),
            MEDIA_ROOT=str(folder / "media"),
        )
        # The commands a deployment runs, in one process (each process of its own would start Django again).
        # An 编辑: administrators and reviewers must enrol a second factor first (news two-factor sign-in).
        scratch.manage(
            "shell", "-c",
            "from django.core.management import call_command; "
            "call_command('migrate', '--noinput'); call_command('collectstatic', '--noinput'); "
            f"call_command('import_seeds', {str(SEED)!r}, '--publish'); "
            "from django.contrib.auth.models import Group, User; from news.roles import EDITOR; "
            f"User.objects.create_user('editor', password={PASSWORD!r}, is_staff=True).groups.add(Group.objects.get(name=EDITOR))",
            env=env,
        )
        servers, bases = [], []
        try:
            # One worker each: the servers are two processes sharing only the database and Redis, which is
            # what the tests are about; a second worker per server was one more Django start apiece.
            for name in ("a", "b"):
                port, log = free_port(), folder / f"server-{name}.log"
                server = subprocess.Popen(
                    [str(Path(sys.executable).parent / "gunicorn"), "pengjiang.wsgi", "--bind", f"127.0.0.1:{port}",
                     "--workers", "1", "--log-level", "warning"],
                    cwd=scratch.ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("w"),
                )
                servers.append(server)
                bases.append(f"http://127.0.0.1:{port}")
                wait_until_serving(bases[-1], server, log)
            yield {"a": bases[0], "b": bases[1], "database_url": database_url, "redis_url": redis_url}
        finally:
            for server in servers:
                server.send_signal(signal.SIGTERM)
            for server in servers:
                try:
                    server.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    server.kill()


def one_row(database_url: str, sql: str, params=()) -> tuple:
    import psycopg

    with psycopg.connect(database_url) as connection:
        return connection.execute(sql, params).fetchone()


# Two public figures of one initiative, each alone in its sentence, both on its page (it shows the first 20).
FIGURES_OF_AN_INITIATIVE = """
    WITH public AS (
        SELECT i.slug, f.id, f.sentence, count(*) OVER (PARTITION BY i.id) AS on_page,
               count(*) OVER (PARTITION BY i.id, f.sentence) AS in_sentence
        FROM metrics_figure f JOIN news_initiative i ON i.id = f.initiative_id JOIN news_article a ON a.id = f.article_id
        WHERE a.status = 'published' AND f.status = 'auto'
    )
    SELECT slug, (array_agg(id ORDER BY id))[1:2], (array_agg(sentence ORDER BY id))[1:2]
    FROM public WHERE on_page <= 20 AND in_sentence = 1
    GROUP BY slug HAVING count(*) >= 2 ORDER BY slug LIMIT 1
"""


def shown_sentences(page: Response) -> list[str]:
    return [html.unescape(sentence) for sentence in re.findall(r'<td class="source"><q>(.*?)</q>', page.text)]


def verified_sentences(page: Response) -> list[str]:
    rows = re.findall(r"<tr>(.*?)</tr>", page.text, flags=re.S)
    return [html.unescape(re.search(r"<q>(.*?)</q>", row).group(1)) for row in rows if 'class="verified"' in row]


def test_an_edit_through_one_server_shows_through_the_other_at_once(site):
    slug, (rejected, verified), (rejected_sentence, verified_sentence) = one_row(site["database_url"], FIGURES_OF_AN_INITIATIVE)
    page_url = f"/initiatives/{urllib.parse.quote(slug)}/"
    reader_a, reader_b = Browser(site["a"]), Browser(site["b"])

    first_b = reader_b.request(page_url)
    first_a = reader_a.request(page_url)
    assert first_a.headers["ETag"] == first_b.headers["ETag"]  # one version for both servers
    assert {rejected_sentence, verified_sentence} <= set(shown_sentences(first_a))
    assert reader_a.request(page_url, headers={"If-None-Match": first_b.headers["ETag"]}).status == 304

    # An editor logs in on A and uses the same session cookie on B.
    editor_a = Browser(site["a"])
    assert editor_a.log_in("editor", PASSWORD).status == 302
    editor_b = Browser(site["b"], cookies=dict(editor_a.cookies))
    assert "editor" in editor_b.request("/admin/").text

    # Rejected through B: gone from A's page at once, for a browser holding the old copy too.
    assert editor_b.run_action("/admin/metrics/figure/", "reject", [rejected]).status == 302
    after_a = reader_a.request(page_url, headers={"If-None-Match": first_a.headers["ETag"]})
    assert after_a.status == 200
    assert rejected_sentence not in shown_sentences(after_a)
    assert verified_sentence in shown_sentences(after_a)

    # Verified through A: marked on B's page at once.
    assert editor_a.run_action("/admin/metrics/figure/", "verify", [verified]).status == 302
    after_b = reader_b.request(page_url, headers={"If-None-Match": after_a.headers["ETag"]})
    assert after_b.status == 200
    assert verified_sentences(after_b) == [verified_sentence]
    assert after_b.headers["ETag"] == reader_a.request(page_url).headers["ETag"] != after_a.headers["ETag"]
    assert one_row(site["database_url"], "SELECT status FROM metrics_figure WHERE id = %s", [rejected]) == ("rejected",)


def test_a_session_opened_on_one_server_is_valid_on_the_other_until_logged_out(site):
    editor_a = Browser(site["a"])
    assert editor_a.log_in("editor", PASSWORD).status == 302
    editor_b = Browser(site["b"], cookies=dict(editor_a.cookies))
    assert editor_b.request("/admin/").status == 200

    token = editor_b.form_token("/admin/")
    assert editor_b.request("/admin/logout/", {"csrfmiddlewaretoken": token}).status == 200

    # The session ended on B has ended on A too: A sends the old cookie to the login page.
    answer = editor_a.request("/admin/")
    assert (answer.status, answer.headers["Location"]) == (302, "/admin/login/?next=/admin/")


def test_the_page_cache_is_in_the_shared_redis(site):
    import redis

    Browser(site["a"]).request("/initiatives/")
    # The key: site:<code fingerprint>:<what>:<site version> (news.views.cached_until_edit).
    keys = redis.Redis.from_url(site["redis_url"]).keys("*site:*:initiatives-by-coverage:*")
    version = one_row(site["database_url"], "SELECT number, changed_at FROM news_siteversion")
    stamp = f"{version[0]}.{int(version[1].timestamp() * 1_000_000)}"
    assert [key for key in keys if key.endswith(f":initiatives-by-coverage:{stamp}".encode())]
