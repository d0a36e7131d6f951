// CTest openapi_responses: every operation of docs/openapi.yaml called on the
// real `platewise serve` (a temporary database), and each answer checked
// against the document the server serves (openapi_contract.mjs): its status,
// content type and JSON schema. The browser test (web_e2e) checks what the web
// app asks for; this covers the rest, and some error answers, so that no
// operation's schema goes unchecked.
// Usage: node openapi_responses.mjs BINARY DATA_DIR WEB_DIR
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseDocument, responseChecker } from './openapi_contract.mjs';

const [binary, dataDir, webDir] = process.argv.slice(2);
const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-openapi-'));
let server;
let passed = 0;
let failed = 0;
function check(ok, name, detail) {
  if (ok) passed += 1; else failed += 1;
  console.log(`${ok ? 'ok' : 'not ok'} ${passed + failed} - ${name}`);
  if (!ok && detail) console.log(String(detail).replace(/^/gm, '#   '));
}

function startServer() {
  server = spawn(binary, ['serve', '--listen', '127.0.0.1:0', '--threads', '2', '--db', path.join(tmp, 'p.db'),
    '--data-dir', dataDir, '--password-hash-cost', 'minimum'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/serving (http:\/\/[^ ]+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    server.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

let base;
let contract;
let cookie = '';
let csrf = '';
const mismatches = [];

// One request; the answer is checked against the document and returned.
function call(method, urlPath, body, headers = {}) {
  return new Promise((resolve, reject) => {
    // A Buffer is sent as it is (an import's file); anything else as JSON.
    const raw = Buffer.isBuffer(body);
    const data = body === undefined || raw ? body : JSON.stringify(body);
    const h = { ...headers };
    if (cookie) h.Cookie = cookie;
    if (method !== 'GET' && csrf) h['X-CSRF-Token'] = csrf;
    if (data !== undefined) {
      h['Content-Type'] = raw ? 'text/csv' : 'application/json';
      h['Content-Length'] = Buffer.byteLength(data);  // a DELETE's body too (Node.js frames none itself)
    }
    const req = http.request(base + urlPath, { method, headers: h }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => {
        const set = res.headers['set-cookie'];
        const session = set && set.map((c) => c.split(';')[0]).find((c) => c.startsWith('platewise_session='));
        if (session) cookie = session;
        const type = res.headers['content-type'] || '';
        let parsed = text;
        if (type.startsWith('application/json') && text !== '') {
          try { parsed = JSON.parse(text); } catch { mismatches.push(`${method} ${urlPath}: not JSON`); }
        }
        const why = contract.check(method, urlPath.split('?')[0], res.statusCode, type, parsed);
        if (why) mismatches.push(why);
        resolve({ status: res.statusCode, body: parsed, headers: res.headers });
      });
    });
    req.on('error', reject);
    if (data !== undefined) req.write(data);
    req.end();
  });
}

// `call`, expecting `status`.
async function expect(status, method, urlPath, body, headers) {
  const r = await call(method, urlPath, body, headers);
  if (r.status !== status) {
    throw new Error(`${method} ${urlPath}: ${r.status}, not ${status}: ${JSON.stringify(r.body).slice(0, 300)}`);
  }
  return r.body;
}

async function main() {
  base = await startServer();
  const served = await new Promise((resolve, reject) => {
    http.get(base + '/api/v1/openapi.yaml', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
  const { doc, require } = parseDocument(served, webDir);
  contract = responseChecker(doc, require);

  await expect(200, 'GET', '/healthz');
  await expect(200, 'GET', '/healthz?write=1');
  await expect(200, 'GET', '/readyz');
  await expect(200, 'GET', '/metrics');  // this test's client is on loopback, not behind a proxy
  await expect(403, 'GET', '/metrics', undefined, { 'X-Forwarded-For': '203.0.113.9' });
  await expect(200, 'GET', '/api/v1/openapi.yaml');
  await expect(200, 'GET', '/api/v1/signup-policy');
  await expect(401, 'GET', '/api/v1/account');
  await expect(400, 'GET', '/api/v1/foods');
  // A barcode no bundled food has: 200 with an empty list (BarcodeMatches).
  const none = await expect(200, 'GET', '/api/v1/foods?barcode=036000291452');
  if (none.barcode !== '00036000291452' || none.foods.length !== 0) throw new Error(`barcode lookup: ${JSON.stringify(none)}`);
  await expect(400, 'GET', '/api/v1/foods?barcode=12ab');
  await expect(400, 'GET', '/api/v1/foods?barcode=036000291452&q=egg');
  const password = 'correct horse battery';
  csrf = (await expect(201, 'POST', '/api/v1/signup', { email: 'ann@example.org', password })).csrf_token;
  await expect(204, 'POST', '/api/v1/logout');
  cookie = '';
  csrf = '';
  await expect(401, 'POST', '/api/v1/login', { email: 'ann@example.org', password: 'wrong password here' });
  csrf = (await expect(200, 'POST', '/api/v1/login', { email: 'ann@example.org', password })).csrf_token;
  await expect(200, 'GET', '/api/v1/account');
  const { date } = await expect(200, 'GET', '/api/v1/today');
  await expect(404, 'GET', '/api/v1/profile');
  await expect(422, 'PUT', '/api/v1/profile', { sex: 'female', birth_date: '1990-04-12', height_cm: 168,
    weight_kg: 70, activity: 'lazy', weekly_goal_lb: -1, units: 'metric', time_zone: 'UTC' });
  await expect(200, 'PUT', '/api/v1/profile', { sex: 'female', birth_date: '1990-04-12', height_cm: 168,
    weight_kg: 70, activity: 'light', weekly_goal_lb: -1, units: 'metric', time_zone: 'UTC' });
  await expect(200, 'GET', '/api/v1/profile');
  await expect(200, 'GET', '/api/v1/goal');

  const found = await expect(200, 'GET', '/api/v1/foods?q=egg&limit=5');
  const food = found.foods[0].id;
  await expect(200, 'GET', `/api/v1/foods/${food}`);
  await expect(404, 'GET', '/api/v1/foods/no-such-food');
  await expect(422, 'POST', `/api/v1/diary/${date}/entries`, { meal: 'breakfast', food_id: food, grams: -1 });
  const entry = await expect(201, 'POST', `/api/v1/diary/${date}/entries`, { meal: 'breakfast', food_id: food, grams: 100 });
  // Sent twice with one Idempotency-Key: one entry, the same answer; a bad key is 400.
  const keyed = { meal: 'snacks', food_id: food, grams: 40 };
  const once = await expect(201, 'POST', `/api/v1/diary/${date}/entries`, keyed, { 'Idempotency-Key': 'offline-1' });
  const twice = await expect(201, 'POST', `/api/v1/diary/${date}/entries`, { ...keyed, grams: 80 }, { 'Idempotency-Key': 'offline-1' });
  assert.equal(twice.id, once.id, 'a repeat with the key answers with the entry it logged');
  assert.equal(twice.grams, 40, 'the repeat logged nothing of its own');
  await expect(400, 'POST', `/api/v1/diary/${date}/entries`, keyed, { 'Idempotency-Key': 'has space' });
  await expect(204, 'DELETE', `/api/v1/diary/entries/${once.id}`);
  await expect(200, 'GET', `/api/v1/diary/entries/${entry.id}`);
  await expect(200, 'PATCH', `/api/v1/diary/entries/${entry.id}`, { grams: 120 }, { 'If-Match': `"${entry.version}"` });
  await expect(412, 'PATCH', `/api/v1/diary/entries/${entry.id}`, { grams: 130 }, { 'If-Match': `"${entry.version}"` });
  const water = await expect(201, 'POST', `/api/v1/diary/${date}/water`, { ml: 250 });
  const { activities } = await expect(200, 'GET', '/api/v1/exercise/activities');
  const exercise = await expect(201, 'POST', `/api/v1/diary/${date}/exercise`, { activity: activities[0].key, minutes: 30 });
  await expect(200, 'GET', `/api/v1/diary/${date}`);
  await expect(422, 'GET', '/api/v1/diary/not-a-date');
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const tomorrow = next.toISOString().slice(0, 10);
  await expect(201, 'POST', `/api/v1/diary/${date}/copy`, { to: tomorrow, meal: 'breakfast' });
  // Saved meals: breakfast saved, a taken name refused, added to tomorrow's
  // dinner, renamed, deleted; several foods at once, and one refused.
  const saved = await expect(201, 'POST', '/api/v1/saved-meals', { name: 'Breakfast', date, meal: 'breakfast' });
  await expect(409, 'POST', '/api/v1/saved-meals', { name: 'breakfast', date, meal: 'breakfast' });
  await expect(422, 'POST', '/api/v1/saved-meals', { name: 'Lunch', date, meal: 'lunch' });
  await expect(200, 'GET', '/api/v1/saved-meals');
  await expect(201, 'POST', `/api/v1/diary/${tomorrow}/saved-meals/${saved.id}`, { meal: 'dinner' });
  await expect(404, 'POST', `/api/v1/diary/${tomorrow}/saved-meals/999999`, { meal: 'dinner' });
  await expect(200, 'PATCH', `/api/v1/saved-meals/${saved.id}`, { name: 'Big breakfast' });
  await expect(204, 'DELETE', `/api/v1/saved-meals/${saved.id}`);
  await expect(404, 'DELETE', `/api/v1/saved-meals/${saved.id}`);
  await expect(201, 'POST', `/api/v1/diary/${tomorrow}/entries/batch`,
    { meal: 'snacks', entries: [{ food_id: food, grams: 30 }, { food_id: food, grams: 50 }] });
  await expect(422, 'POST', `/api/v1/diary/${tomorrow}/entries/batch`, { meal: 'snacks', entries: [{ food_id: food, grams: -1 }] });
  await expect(200, 'GET', '/api/v1/diary/recent-foods');
  await expect(200, 'GET', '/api/v1/diary/frequent-foods?limit=5');
  await expect(204, 'DELETE', `/api/v1/water/${water.id}`);
  await expect(204, 'DELETE', `/api/v1/exercise/${exercise.id}`);
  await expect(404, 'DELETE', `/api/v1/exercise/${exercise.id}`);

  const weight = await expect(201, 'POST', '/api/v1/weights', { date, weight_kg: 70.4 });
  await expect(200, 'GET', '/api/v1/weights');
  await expect(200, 'GET', '/api/v1/projection?days=30');
  // One day of logs is too few for the adaptive estimate: refused, and going
  // back to the formula answers with the goal.
  await expect(409, 'PUT', '/api/v1/goal/adaptive-maintenance');
  await expect(200, 'DELETE', '/api/v1/goal/adaptive-maintenance');
  await expect(204, 'DELETE', `/api/v1/weights/${weight.id}`);

  await expect(204, 'PUT', `/api/v1/favourites/${food}`);
  await expect(200, 'GET', '/api/v1/favourites');
  await expect(204, 'DELETE', `/api/v1/favourites/${food}`);

  const custom = await expect(201, 'POST', '/api/v1/foods', { name: 'Granola bar', nutrients: { energy: 190, protein: 3 },
    serving_grams: 40, per: 'serving' });
  await expect(200, 'GET', '/api/v1/custom-foods');
  const recipe = await expect(201, 'POST', '/api/v1/recipes', { name: 'Omelette', servings: 2,
    ingredients: [{ food_id: food, grams: 150 }, { food_id: custom.id, grams: 40 }] });
  await expect(200, 'GET', `/api/v1/recipes/${recipe.food.id}`);
  await expect(409, 'DELETE', `/api/v1/custom-foods/${custom.id}`);
  await expect(204, 'DELETE', `/api/v1/custom-foods/${recipe.food.id}`);
  await expect(204, 'DELETE', `/api/v1/custom-foods/${custom.id}`);

  const token = await expect(201, 'POST', '/api/v1/tokens', { name: 'phone' });
  await expect(200, 'GET', '/api/v1/tokens');
  await expect(204, 'DELETE', `/api/v1/tokens/${token.id}`);

  await expect(200, 'GET', '/api/v1/badges');
  await expect(200, 'GET', '/api/v1/notifications');
  await expect(200, 'POST', '/api/v1/notifications/read', { all: true });
  await expect(200, 'GET', '/api/v1/nutrients/targets');
  await expect(200, 'PUT', '/api/v1/nutrients/targets/magnesium', { amount: 400, source: 'doctor' });
  await expect(422, 'PUT', '/api/v1/nutrients/targets/magnesium', { amount: -5, source: 'own' });
  await expect(200, 'DELETE', '/api/v1/nutrients/targets/magnesium');
  await expect(200, 'GET', '/api/v1/goal/macros');
  await expect(200, 'PUT', '/api/v1/goal/macros', { unit: 'percent', protein: 25, carbohydrate: 45, fat: 30 });
  await expect(422, 'PUT', '/api/v1/goal/macros', { unit: 'percent', protein: 40, carbohydrate: 40, fat: 30 });
  await expect(200, 'GET', '/api/v1/goal/weight');
  await expect(200, 'PUT', '/api/v1/goal/weight', { goal_weight_kg: 60 });
  await expect(200, 'DELETE', '/api/v1/goal/weight');
  // Every life stage the document names is one the server takes (it named
  // pregnant and lactating while the server takes pregnancy and lactation).
  for (const route of ['/api/v1/nutrients/targets', '/api/v1/nutrients/report']) {
    const stages = doc.paths[route].get.parameters.find((p) => p.name === 'life_stage').schema.enum;
    for (const stage of stages) await expect(200, 'GET', `${route}?life_stage=${stage}`);
  }
  await expect(200, 'GET', '/api/v1/nutrients/report');
  await expect(200, 'GET', `/api/v1/nutrients/suggestions?date=${date}`);
  await expect(200, 'GET', '/api/v1/nutrients/magnesium/foods?per=100g&limit=3');
  await expect(400, 'GET', '/api/v1/nutrients/no-such-nutrient/foods');
  const supplement = await expect(201, 'POST', '/api/v1/supplements',
    { name: 'Magnesium citrate', unit: 'tablet', per_unit: { magnesium: 200 } });
  await expect(422, 'POST', '/api/v1/supplements', { name: 'X', unit: 'tablet', per_unit: { unobtainium: 1 } });
  await expect(200, 'GET', '/api/v1/supplements');
  const dose = await expect(201, 'POST', '/api/v1/supplement-doses', { supplement_id: supplement.id, date });
  await expect(422, 'POST', '/api/v1/supplement-doses', { supplement_id: supplement.id, units: 0 });
  await expect(200, 'GET', `/api/v1/supplement-doses?from=${date}&to=${date}`);
  await expect(200, 'GET', `/api/v1/reports/doctor?from=${date}&to=${date}`);
  await expect(204, 'DELETE', `/api/v1/supplement-doses/${dose.id}`);
  await expect(204, 'DELETE', `/api/v1/supplements/${supplement.id}`);
  await expect(404, 'DELETE', `/api/v1/supplements/${supplement.id}`);
  const csv = Buffer.from('Date,Meal,Calories\n2026-03-01,Lunch,500\n');
  const job = await expect(202, 'POST', '/api/v1/imports?format=mfp&name=Nutrition-Summary.csv', csv);
  await expect(400, 'POST', '/api/v1/imports?format=xlsx', csv);
  await expect(403, 'POST', '/api/v1/imports?format=fdc', csv);
  let state = job.state;
  for (let i = 0; i < 100 && state !== 'done' && state !== 'failed'; i += 1) {
    await new Promise((resolve) => { setTimeout(resolve, 100); });
    state = (await expect(200, 'GET', `/api/v1/imports/${job.id}`)).state;
  }
  check(state === 'done', 'the import job is done', state);
  await expect(404, 'GET', '/api/v1/imports/999999');
  await expect(200, 'GET', '/api/v1/export');
  await expect(200, 'GET', '/api/v1/export/diary_entries.csv');
  await expect(204, 'DELETE', `/api/v1/diary/entries/${entry.id}`);

  await expect(204, 'PUT', '/api/v1/account/password', { current_password: password, new_password: 'staple in the margin' });
  await expect(403, 'DELETE', '/api/v1/account', { password });
  await expect(204, 'DELETE', '/api/v1/account', { password: 'staple in the margin' });

  check(mismatches.length === 0, 'every answer matches docs/openapi.yaml', mismatches.join('\n'));
  const all = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId)).filter(Boolean);
  const missed = all.filter((id) => !contract.operationsSeen.has(id));
  check(missed.length === 0, `every operation called (${all.length})`, `not called: ${missed.join(', ')}`);
}

try {
  await main();
} catch (e) {
  check(false, 'the calls ran', e.stack);
} finally {
  server?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
