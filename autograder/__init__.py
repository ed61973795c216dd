"""Grading tools for the latent_mixture assignment (潜在変数モデルと混合モデル).

- ``autograder.checks``: the checks that the notebooks' hidden tests call.
- ``python -m autograder``: the instructor's and TA's commands (see README.md).
"""
