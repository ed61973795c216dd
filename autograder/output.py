"""A step of nbgrader's autograde: bound what one cell's outputs may weigh.

nbgrader's own LimitOutput counts lines; one enormous line (a 50 MB print) passes it.
This step keeps at most ``max_bytes`` of text per cell (stream text, tracebacks and
plain-text results) in the autograded notebook, and so in the feedback made from it.
"""
from nbconvert.preprocessors import Preprocessor
from traitlets import Bool, Integer

NOTE = "\n…（出力が長すぎるため、ここで切り詰めました。元の大きさ: {size:,} バイト）\n"


def _text_fields(output):
    """(container, key) pairs holding the text of one output."""
    if output.get("output_type") == "stream":
        yield output, "text"
    elif output.get("output_type") == "error":
        yield output, "evalue"
    for key in ("text/plain", "text/html", "text/markdown"):
        if key in output.get("data", {}):
            yield output["data"], key


def _decides_the_grade(output):
    """Outputs that nbgrader reads to grade a test cell: never dropped, only shortened."""
    return output.get("output_type") == "error" or (
        output.get("output_type") == "stream" and output.get("name") == "stderr")


class LimitOutputBytes(Preprocessor):
    # nbconvert preprocessors are off unless enabled, and nbgrader registers them as they are.
    enabled = Bool(True).tag(config=True)
    max_bytes = Integer(100_000, help="largest amount of output text kept per cell").tag(config=True)
    kept_for_errors = Integer(2_000, help="text kept of an error once the budget is spent").tag(config=True)

    def _shorten(self, output, budget):
        """Cut the output's text to ``budget`` bytes; return the bytes it used."""
        used = 0
        for container, key in _text_fields(output):
            text = container[key]
            text = "".join(text) if isinstance(text, list) else text
            size = len(text.encode("utf-8"))
            room = max(budget - used, 0)
            if size > room:
                container[key] = text.encode("utf-8")[:room].decode("utf-8", errors="ignore") + NOTE.format(size=size)
                used = budget
            else:
                used += size
        if output.get("output_type") == "error":
            traceback = "\n".join(output.get("traceback", []))
            if len(traceback.encode("utf-8")) > max(budget - used, 0):
                output["traceback"] = [f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"]
        return used

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        budget = self.max_bytes
        kept = []
        for output in cell.outputs:
            if _decides_the_grade(output):
                budget -= self._shorten(output, max(budget, self.kept_for_errors))
                kept.append(output)
            elif budget > 0:
                budget -= self._shorten(output, budget)
                kept.append(output)
        cell.outputs = kept
        return cell, resources
