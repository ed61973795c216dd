"""What a person does in JupyterLab and the Formgrader, as Playwright steps.

Selectors are nbgrader 0.9.6's and JupyterLab 4.6's own; every wait is for something a
person would see."""
import re
from pathlib import Path

from playwright.sync_api import expect

NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook tab in front


class Screenshots:
    """Numbered full-window screenshots of one test, in its own folder."""

    def __init__(self, page, folder):
        self.page, self.folder, self.count = page, Path(folder), 0
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("*.png"):
            old.unlink()

    def __call__(self, name):
        self.count += 1
        self.page.screenshot(path=str(self.folder / f"{self.count:02d}-{name}.png"))


def open_lab(page, url, workspace):
    """Open the lab at ``url`` (with its token) in a workspace of its own, so no tab from
    an earlier visit is restored."""
    base, token = url.split("/lab?token=")
    page.goto(f"{base}/lab/workspaces/{workspace}?token={token}")
    page.locator("#jupyterlab-splash").wait_for(state="detached")
    return base


def nbgrader_menu(page, command):
    """Nbgrader menu -> the item for ``command`` (e.g. "open-assignment-list")."""
    page.locator("#jp-MainMenu").get_by_text("Nbgrader", exact=True).click()
    page.locator(f'#jp-mainmenu-nbgrader li[data-command="nbgrader:{command}"]').click()


def assignment_rows(page, section, count):
    """The rows of one list of the Assignments tab ("released", "fetched", "submitted"),
    once it has finished loading and shows ``count`` rows."""
    for state in ("loading", "placeholder", "error"):
        expect(page.locator(f"#{section}_assignments_list_{state}")).to_be_hidden()
    rows = page.locator(f"#{section}_assignments_list > .list_item")
    expect(rows).to_have_count(count)
    return rows


def wait_kernel_idle(page):
    expect(page.locator(f"{NOTEBOOK} .jp-Notebook-ExecutionIndicator")).to_have_attribute("data-status", "idle")
    expect(page.get_by_role("button", name="Python 3 (ipykernel) | Idle")).to_be_visible()


def code_cell(page, text):
    """The code cell whose source contains ``text``."""
    return page.locator(f"{NOTEBOOK} .jp-CodeCell", has=page.locator(".cm-content", has_text=text))


def replace_cell_source(page, text, source):
    """Select everything in the cell containing ``text`` and put ``source`` in its place,
    as a paste would (no auto-indent, no auto-closed brackets)."""
    editor = code_cell(page, text).locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(source)
    expect(editor).to_contain_text(source.strip().splitlines()[0])
    page.keyboard.press("Escape")  # back to command mode, like leaving the cell


def run_all(page, timeout=90_000):
    """Run menu -> Run All Cells, until every code cell has run or one shows an error.
    Returns the texts of error and stderr outputs (red and pink boxes a student would
    have to make sense of)."""
    page.locator("#jp-MainMenu").get_by_text("Run", exact=True).click()
    page.locator("li[data-command='runmenu:run-all']").click()
    page.wait_for_function(
        """(panel) => {
            const root = document.querySelector(panel);
            if (root.querySelector('[data-mime-type="application/vnd.jupyter.error"]')) return true;
            const prompts = [...root.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
            return prompts.length > 0 && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
        }""", arg=NOTEBOOK, timeout=timeout)
    return page.locator(f'{NOTEBOOK} [data-mime-type="application/vnd.jupyter.error"], '
                        f'{NOTEBOOK} [data-mime-type="application/vnd.jupyter.stderr"]').all_inner_texts()


def save(page):
    """File -> Save (Ctrl+S), until the tab no longer shows unsaved changes."""
    page.keyboard.press("Control+S")
    expect(page.locator(".lm-TabBar-tab.lm-mod-current.jp-mod-dirty")).to_have_count(0)


def validate(page, screenshot=None, name="validate"):
    """The notebook toolbar's Validate button; returns the text of "Validation Results"
    (after a screenshot of the dialog) and closes the dialog."""
    page.locator(f"{NOTEBOOK} .jp-NotebookPanel-toolbar jp-button", has_text="Validate").click()
    dialog = page.locator(".jp-Dialog", has=page.locator(".jp-Dialog-header", has_text="Validation Results"))
    expect(dialog).to_be_visible(timeout=60_000)
    text = dialog.locator(".jp-Dialog-body").inner_text()
    if screenshot:
        screenshot(name)
    dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
    expect(dialog).to_be_hidden()
    return text


def formgrader(page):
    """Nbgrader menu -> Formgrader; returns its frame."""
    nbgrader_menu(page, "open-formgrader")
    frame = page.frame_locator("#formgrader iframe")
    frame.locator("h1", has_text="Manage Assignments").wait_for()
    return frame


def follow(frame, link, heading, within="body"):
    """Click the Formgrader link ``link`` (inside ``within``) and wait for the page
    titled ``heading``."""
    frame.locator(within).get_by_role("link", name=link, exact=True).first.click()
    expect(frame.get_by_role("heading", name=heading, exact=True)).to_be_visible()


def table_rows(frame, key_column):
    """{text of ``key_column``: {column header: cell text}} of the Formgrader's main table."""
    table = frame.locator("table").first
    frame.locator(f"td.{key_column}").first.wait_for()
    headers = [re.sub(r"\s+", " ", h).strip() for h in table.locator("thead th").all_inner_texts()]
    rows = {}
    for row in table.locator("tbody tr").all():
        cells = [c.strip() for c in row.locator("td").all_inner_texts()]
        record = dict(zip(headers, cells))
        rows[row.locator(f"td.{key_column}").inner_text().strip()] = record
    return rows
