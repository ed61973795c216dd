"""A step of nbgrader's generate_feedback: a Japanese summary at the top of each
student's feedback, one row per function with its points and the message of the check
that failed (never the hidden test's code, which ClearHiddenTests removes)."""
from nbconvert.preprocessors import Preprocessor
from nbgrader.api import Gradebook
from nbformat.v4 import new_markdown_cell
from traitlets import Bool

from .cells import function_names, owner_function

MESSAGE_LIMIT = 300


def _nbgrader(cell):
    return cell.metadata.get("nbgrader", {})


def _failure(cell):
    """The error a test cell ended with, as one short line, or ''."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            text = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"
            if output.get("ename") != "AssertionError":
                # Not a failed check: the student's own code raised, often with an English
                # message from NumPy; say so in Japanese before quoting it.
                text = "関数の実行中に予期しない例外が発生しました（正しい入力で呼んでいます） — " + text
            break
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            text = "標準エラー出力に書き込みがありました（警告など）: " + "".join(output.get("text", ""))
            break
    else:
        return ""
    text = " ".join(text.split())
    if len(text) > MESSAGE_LIMIT:
        text = text[:MESSAGE_LIMIT] + " …"
    return text.replace("|", "\\|")


def _points(value):
    return "—" if value is None else f"{value:g}"


def summary_markdown(cells, pending=()):
    """The summary table; ``pending``: grade ids of written answers not yet graded by hand."""
    functions = function_names(cells)
    rows = {function: [0.0, 0.0, []] for function in functions}
    written = []
    for cell in cells:
        meta = _nbgrader(cell)
        if not (meta.get("grade") or meta.get("task")):
            continue
        if meta.get("task") or meta.get("solution"):
            written.append(meta)
            continue
        function = owner_function(meta["grade_id"], functions)
        if function is None:
            continue
        row = rows[function]
        row[0] += meta.get("score") or 0.0
        row[1] += meta.get("points") or 0.0
        failure = _failure(cell)
        if failure:
            row[2].append(f"`{meta['grade_id']}`: {failure}")
    lines = [
        "## 採点結果の概要",
        "",
        "自動採点の結果です。各関数について、公開テストと非公開テストを合わせた得点と、"
        "失敗したチェックのメッセージを示します。非公開テストのコードは表示しません。"
        "メッセージの「期待」と「実際」を手がかりに、自分の実装を見直してください。",
        "",
        "| 関数 | 得点 | 失敗したチェック |",
        "| --- | --- | --- |",
    ]
    for function, (score, points, failures) in rows.items():
        lines.append(f"| `{function}` | {_points(score)} / {_points(points)} | {'<br>'.join(failures) or 'なし'} |")
    for meta in written:
        score = meta.get("score")
        pending_now = score is None or meta.get("grade_id") in pending
        state = "採点待ち" if pending_now else f"{_points(score)} / {_points(meta.get('points'))}"
        lines.append(f"| 記述問題 | {state} | 教員が手で採点します。コメントはその問題のセルの下に表示されます。 |")
    return "\n".join(lines)


class FeedbackSummary(Preprocessor):
    """Insert the Japanese summary as the first cell (after GetGrades filled the scores)."""

    # nbconvert preprocessors are off unless enabled, and nbgrader registers them as they are.
    enabled = Bool(True).tag(config=True)

    def preprocess(self, nb, resources):
        nb.cells.insert(0, new_markdown_cell(summary_markdown(nb.cells, self._pending(resources))))
        return nb, resources

    @staticmethod
    def _pending(resources):
        """Written answers still waiting for hand grading: GetGrades reports their score
        as 0, which would read as a verdict."""
        info = resources.get("nbgrader", {})
        if not info.get("db_url"):
            return set()
        with Gradebook(info["db_url"]) as gradebook:
            notebook = gradebook.find_submission_notebook(info["notebook"], info["assignment"], info["student"])
            return {grade.name for grade in notebook.grades if grade.needs_manual_grade}
