from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.scorer import Score, Target, includes, metric, scorer
from inspect_ai.solver import TaskState, generate


@metric
def mean_of_lists():
    def compute(scores):
        values = [sum(s.value) / len(s.value) for s in scores]
        return sum(values) / len(values)
    return compute


@scorer(metrics=[mean_of_lists()])
def checks():
    """Three checks per sample, as a list value: the first passes only for `add`."""
    async def score(state: TaskState, target: Target) -> Score:
        first = 1 if state.sample_id == "add" else 0
        return Score(value=[first, 1, 1], explanation="checks: mentions target, non-empty, ascii")
    return score


@task
def headline():
    return Task(
        dataset=[
            Sample(id="add", input="What is 1+1?", target="2"),
            Sample(id="echo", input="Repeat after me", target="Default output"),
        ],
        solver=[generate()],
        scorer=[includes(), checks()],
        headline_metric="checks",
    )
