from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.scorer import includes, match
from inspect_ai.solver import generate

@task
def arithmetic():
    return Task(
        dataset=[
            Sample(id="add", input="What is 1+1?", target="2"),
            Sample(id="mul", input="What is 2*3?", target="6"),
            Sample(id="echo", input="Say Default output from mockllm/model", target="Default output"),
        ],
        solver=[generate()],
        scorer=includes(),
    )
