// docs/openapi.yaml as a contract the tests hold the server to:
// - contractProblems(doc): what keeps the document from being one clients can
//   generate from (an operation without an operationId, a JSON body without a
//   schema or an example, an array without typed items, an object with neither
//   properties nor additionalProperties);
// - exampleProblems(doc): each example its own schema rejects;
// - responseChecker(doc).check(method, path, status, contentType, body): why
//   a live response does not match the document's operation and status (null
//   when it does), with ajv on the document's own schemas.
// The document is OpenAPI 3.0.3: `nullable: true` becomes anyOf [schema, null]
// for ajv (JSON Schema draft 7), and #/components/... references resolve in
// the document's components; `example` is not a JSON Schema keyword and is
// left to the linter.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

// `webDir`: where web/node_modules is (ajv and yaml come from there).
export function parseDocument(text, webDir) {
  const require = createRequire(path.resolve(webDir, 'package.json'));
  return { doc: require('yaml').parse(text), require };
}

export function loadDocument(docPath, webDir) {
  return parseDocument(readFileSync(docPath, 'utf8'), webDir);
}

function resolve(doc, node) {
  while (node && node.$ref) {
    node = node.$ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((n, key) => n[key], doc);
  }
  return node;
}

function* operations(doc) {
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) if (item[method]) yield { template, method, op: item[method] };
  }
}

export function contractProblems(doc) {
  const problems = [];
  const seen = new Set();
  // Every schema reachable from `schema`, once each; `where` names it.
  const walk = (schema, where) => {
    if (!schema || typeof schema !== 'object') return;
    if (schema.$ref) {
      if (seen.has(schema.$ref)) return;
      seen.add(schema.$ref);
      walk(resolve(doc, schema), schema.$ref);
      return;
    }
    const parts = [...(schema.allOf || []), ...(schema.anyOf || []), ...(schema.oneOf || [])];
    if (!schema.type && parts.length === 0) problems.push(`${where}: a schema without a type`);
    parts.forEach((s, i) => walk(s, `${where}/of/${i}`));
    if (schema.type === 'array') {
      if (!schema.items || Object.keys(schema.items).length === 0) problems.push(`${where}: an array without typed items`);
      else walk(schema.items, `${where}/items`);
    }
    if (schema.type === 'object') {
      const props = schema.properties || {};
      const extra = schema.additionalProperties;
      if (Object.keys(props).length === 0 && (typeof extra !== 'object' || Object.keys(extra).length === 0)) {
        problems.push(`${where}: an object with neither properties nor a typed additionalProperties`);
      }
      for (const [name, s] of Object.entries(props)) walk(s, `${where}/properties/${name}`);
      if (typeof extra === 'object') walk(extra, `${where}/additionalProperties`);
    }
  };
  const hasExample = (media) => media.example !== undefined || media.examples !== undefined ||
    resolve(doc, media.schema)?.example !== undefined;
  const body = (media, where) => {
    if (!media.schema) { problems.push(`${where}: no schema`); return; }
    if (!hasExample(media)) problems.push(`${where}: no example`);
    walk(media.schema, where);
  };
  for (const { template, method, op } of operations(doc)) {
    const name = `${method.toUpperCase()} ${template}`;
    if (!op.operationId) problems.push(`${name}: no operationId`);
    const request = resolve(doc, op.requestBody);
    for (const [type, media] of Object.entries(request?.content || {})) body(media, `${name} request ${type}`);
    for (const [status, ref] of Object.entries(op.responses || {})) {
      const response = resolve(doc, ref);
      for (const [type, media] of Object.entries(response.content || {})) body(media, `${name} ${status} ${type}`);
    }
  }
  return problems;
}

// OpenAPI 3.0's nullable as JSON Schema; every other keyword as it is.
function jsonSchema(node) {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'nullable') continue;
    // A reference into the document, resolved in the copy ajv holds as "openapi".
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? 'openapi' + v : jsonSchema(v);
  }
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

// ajv holding the document's components as "openapi".
function documentAjv(doc, require) {
  const Ajv = require('ajv');
  const ajv = new (Ajv.default || Ajv)({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addSchema(jsonSchema({ components: doc.components }), 'openapi');
  return ajv;
}

const describe = (errors) => errors.map((e) => `field ${e.instancePath || '(the body)'} ${e.message}`).join('; ');

// Each example of a component schema or of a JSON body that its own schema
// rejects (the linter's recommended rules check neither).
export function exampleProblems(doc, require) {
  const ajv = documentAjv(doc, require);
  const problems = [];
  const test = (schema, example, where) => {
    const validate = ajv.compile(jsonSchema(schema));
    if (!validate(example)) problems.push(`${where}: the example does not match: ${describe(validate.errors)}`);
  };
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    if (schema.example !== undefined) test(schema, schema.example, `#/components/schemas/${name}`);
  }
  for (const { template, method, op } of operations(doc)) {
    const bodies = [['request', resolve(doc, op.requestBody)],
      ...Object.entries(op.responses || {}).map(([status, r]) => [status, resolve(doc, r)])];
    for (const [what, holder] of bodies) {
      const media = holder?.content?.['application/json'];
      if (media?.example !== undefined) test(media.schema, media.example, `${method.toUpperCase()} ${template} ${what}`);
    }
  }
  return problems;
}

export function responseChecker(doc, require) {
  const ajv = documentAjv(doc, require);
  const compiled = new Map();
  // Literal paths before templated ones: /diary/recent-foods, not /diary/{date}.
  const routes = Object.keys(doc.paths).map((template) => ({
    template,
    params: (template.match(/\{/g) || []).length,
    re: new RegExp('^' + template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+') + '$'),
  })).sort((a, b) => a.params - b.params);

  return {
    operationsSeen: new Set(),
    // The reason `body` (parsed JSON, or the text) does not match, or null.
    check(method, urlPath, status, contentType, body) {
      const route = routes.find((r) => r.re.test(urlPath));
      if (!route) return `${method} ${urlPath}: no path of the document matches`;
      const name = `${method} ${route.template} ${status}`;
      const op = doc.paths[route.template][method.toLowerCase()];
      if (!op) return `${name}: the document has no ${method} for ${route.template}`;
      this.operationsSeen.add(op.operationId);
      const response = resolve(doc, op.responses[String(status)]);
      if (!response) return `${name}: status ${status} is not documented (${JSON.stringify(body).slice(0, 200)})`;
      const content = response.content || {};
      if (Object.keys(content).length === 0) {
        return body === '' || body === undefined ? null : `${name}: documented without a body, answered one`;
      }
      // Media types compare without their parameters (charset, version).
      const bare = (t) => t.split(';')[0].trim().toLowerCase();
      const type = bare(contentType || '');
      const media = Object.entries(content).find(([key]) => bare(key) === type)?.[1];
      if (!media) return `${name}: answered ${type || 'no content type'}, documented ${Object.keys(content).join(', ')}`;
      if (type !== 'application/json') return null;
      const key = `${op.operationId} ${status}`;
      if (!compiled.has(key)) compiled.set(key, ajv.compile(jsonSchema(media.schema)));
      const validate = compiled.get(key);
      if (validate(body)) return null;
      return `${name}: ${describe(validate.errors)}`;
    },
  };
}
