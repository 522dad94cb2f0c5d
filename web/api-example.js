// The host API in use (docs/API.md, "The host API"): a page of its own calls the engine and
// shows the answer. Each contract is an ES module built by wasm-bindgen (`--target web`); it is
// imported when first needed, so the chosen contract's module is the only one fetched.

/** The modules by contract: static paths, imported on demand. */
const MODULES = {
  ru: () => import('./clausecalc-ru.js'),
  se: () => import('./clausecalc-se.js'),
};

/** The worked examples (docs/API.md, "The host API"). */
const EXAMPLES = {
  ru: {
    calculator: 'ru-refund',
    payments: [{ amount: '850', date: '2026-03-01' }, { amount: '5950', date: '2026-03-02' }],
    refusal_sent: '2026-03-28T20:00',
    channel: 'e-mail',
    as_of: '2026-03-29',
  },
  se: {
    calculator: 'se-withdrawal',
    channel: 'distance',
    concluded: '2025-06-06',
    information: 'given-same-day',
  },
};

const loaded = {};

/** The module of contract `c`, started once: importing it and then its `default` export (the
 *  init function) fetches and instantiates `clausecalc-<c>_bg.wasm` beside it. */
function api(c) {
  loaded[c] ??= MODULES[c]().then(async (m) => {
    await m.default();
    return m;
  });
  return loaded[c];
}

const $ = (id) => document.getElementById(id);
const text = (v) => JSON.stringify(v, null, 2);
const contract = () => document.querySelector('input[name="contract"]:checked').value;

/** One line for a person: the headline, or what the error says. */
function summary(answer) {
  if (answer.ok) return answer.ok.headline.text;
  const e = answer.err;
  if (e.error === 'invalid') return `Invalid input: ${e.fields.map((f) => `${f.field} (${f.problem.code})`).join(', ')}`;
  return `Error ${e.error}${e.detail ? `: ${e.detail}` : ''}${e.step ? ` (${e.step})` : ''}`;
}

async function evaluate(event) {
  event.preventDefault();
  const c = contract();
  $('evaluate').disabled = true;
  try {
    const m = await api(c);
    $('module').textContent = `clausecalc-${c}.js answers: ${JSON.parse(m.calculators()).join(', ')}`;
    const answer = JSON.parse(m.evaluate($('scenario').value));
    $('headline').textContent = summary(answer);
    $('outcome').textContent = text(answer);
    document.body.dataset.answered = c;
  } catch (e) {
    $('headline').textContent = `The module could not be loaded: ${e}`;
  } finally {
    $('evaluate').disabled = false;
  }
}

/** Switching the contract shows its example, unless the scenario was edited. */
function switchContract() {
  const shown = $('scenario').value;
  if (Object.values(EXAMPLES).some((ex) => shown === text(ex))) $('scenario').value = text(EXAMPLES[contract()]);
}

$('scenario').value = text(EXAMPLES[contract()]);
$('form').addEventListener('submit', evaluate);
document.querySelectorAll('input[name="contract"]').forEach((r) => r.addEventListener('change', switchContract));
