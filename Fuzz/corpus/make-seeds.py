"""Writes the fuzz seed corpus Fuzz/corpus/<target>/ from the test fixtures (run from the repository root:
python3 Fuzz/corpus/make-seeds.py). Small cuts of the real samples, so each fuzz run starts from valid inputs."""
import json, os, zipfile, io
F='Tests/TuneBenchCoreTests/Fixtures'
C='Fuzz/corpus'
def put(t, name, data):
    os.makedirs(f'{C}/{t}', exist_ok=True)
    if isinstance(data, str): data = data.encode()
    open(f'{C}/{t}/{name}', 'wb').write(data)
toy = open(f'{F}/datasets/openai_cookbook_toy_chat_fine_tuning.jsonl').read().splitlines()
drone = open(f'{F}/datasets/openai_cookbook_drone_training.jsonl').read().splitlines()
put('dataset-openai-chat', 'toy-3-lines.jsonl', '\n'.join(toy[:3]) + '\n')
put('dataset-openai-chat', 'drone-1-line.jsonl', drone[0] + '\n')
put('dataset-openai-chat', 'toy-array.json', json.dumps([json.loads(l) for l in toy[:2]]))
put('dataset-openai-chat', 'toy-pretty.jsonl', json.dumps(json.loads(toy[0]), indent=2) + '\n')
put('dataset-openai-preference', 'dpo.jsonl', json.dumps({"input":{"messages":[{"role":"user","content":"Hi"}]},"preferred_output":[{"role":"assistant","content":"Hello"}],"non_preferred_output":[{"role":"assistant","content":"Go away"}]}) + '\n')
put('dataset-prompt-completion', 'pc.jsonl', '{"prompt":"2+2=","completion":" 4"}\n{"prompt":"Capital of France?","completion":" Paris"}\n')
alp = open(f'{F}/datasets/axolotl_fixture_alpaca.json').read()
put('dataset-alpaca', 'axolotl_fixture_alpaca.json', alp)
a = json.loads(alp); a = a if isinstance(a, list) else [a]
put('dataset-alpaca', 'alpaca.jsonl', ''.join(json.dumps(r)+'\n' for r in a[:2]))
d = json.loads(open(f'{F}/datasets/axolotl_fixture_sharegpt_conversation.json').read())
put('dataset-sharegpt', 'sharegpt-pretty.json', json.dumps({"conversations": [{"from": c["from"], "value": c["value"][:300]} for c in d["conversations"][:3]]}, indent=2) + '\n')
put('dataset-sharegpt', 'sharegpt.jsonl', json.dumps({"conversations": [{"from": "system", "value": "Be brief."}, {"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello"}]}) + "\n")
put('dataset-csv', 'qa.csv', 'system,user,assistant\n"Be brief.","What is 2+2?","4"\n,"Say ""hi""","hi\nthere"\n')
put('dataset-csv', 'prompt-completion.csv', 'prompt,completion\nHello,World\n')
pf = open(f'{F}/evals/promptfoo_sample-export.json').read()
put('evals-promptfoo-json', 'promptfoo_sample-export.json', pf)
put('evals-auto', 'promptfoo_sample-export.json', pf)
pfj = json.loads(pf)
res = pfj['results']['results'] if isinstance(pfj['results'], dict) else pfj['results']
put('evals-promptfoo-jsonl', 'results.jsonl', ''.join(json.dumps(r)+'\n' for r in res[:2]))
ins = json.loads(open(f'{F}/evals/inspect_ai_security-guide_log.json').read())
ins['samples'] = ins.get('samples', [])[:1]
small = json.dumps(ins)
put('evals-inspect-json', 'security-guide-1-sample.json', small)
put('evals-auto', 'inspect-1-sample.json', small)
put('evals-inspect-eval', 'inspect_ai_popularity_log.eval', open(f'{F}/evals/inspect_ai_popularity_log.eval','rb').read())
z = io.BytesIO()
src = zipfile.ZipFile(f'{F}/evals/inspect_ai_popularity_log.eval')
with zipfile.ZipFile(z, 'w', zipfile.ZIP_STORED) as out:
    for n in src.namelist():
        if n.startswith('samples/') and not n.startswith('samples/1_'): continue
        out.writestr(n, src.read(n))
put('evals-inspect-eval', 'popularity-stored-1-sample.eval', z.getvalue())
put('evals-generic-jsonl', 'cases.jsonl', '{"id":"a","input":"2+2","output":"4","expected":"4"}\n{"id":"b","input":"hi","output":"hello","expected":"hi","passed":false,"score":0.2}\n')
put('evals-generic-csv', 'cases.csv', 'id,input,output,expected,passed\na,2+2,4,4,true\nb,"say ""x""","x\ny",x,false\n')
lp = json.loads(open(f'{F}/prices/litellm_model_prices_and_context_window_backup.json').read())
keys = ['sample_spec'] + [k for k in lp if k.startswith('gpt-4o')][:3] + [k for k in lp if 'claude' in k][:2]
put('litellm-prices', 'litellm-6-entries.json', json.dumps({k: lp[k] for k in keys if k in lp}, indent=1))
put('json-schema', 'object.json', json.dumps({"type":"object","properties":{"a":{"type":"array","items":{"type":["number","string","null","boolean"]}},"b":{"type":"object","additionalProperties":{"type":"number","minimum":-1e300,"maximum":10}}},"required":["a"],"additionalProperties":False}))
put('json-schema', 'anyof-pattern.json', json.dumps({"anyOf":[{"type":"string","pattern":"^t[a-z]+$"},{"type":"integer","enum":[12,13]}],"title":"x"}))
for n in os.listdir('themes'):
    put('theme-file', n, open(f'themes/{n}').read())
