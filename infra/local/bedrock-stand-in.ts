// A Bedrock Runtime `Converse` stand-in on loopback: speaks the wire protocol (HTTP/2,
// REST-JSON), rejects profiles the caller's source region may not use, answers with a
// deterministic extractive summary and realistic token usage, and injects faults for tests.
import { randomUUID } from 'node:crypto';
import { createServer, type Http2ServerRequest, type Http2ServerResponse, type ServerHttp2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { type ProfileCatalog, profileCallableFrom } from '../../shared/domain/catalog.js';

export interface Fault {
  /** An error status to answer with; without one, the call succeeds after `delayMs`. */
  readonly status?: number;
  readonly errorType?: string;
  /** Answer this much later (a slow model). */
  readonly delayMs?: number;
  /** How many matching calls fail; the rest succeed. */
  readonly times: number;
  /** Only calls for this model or profile id fail. */
  readonly modelId?: string;
}

export interface ConverseCall {
  readonly modelId: string;
  readonly sourceRegion: string;
  readonly status: number;
  readonly at: number;
}

export interface BedrockStandIn {
  readonly endpoint: string;
  readonly calls: readonly ConverseCall[];
  injectFault(fault: Fault): void;
  setLatency(ms: number): void;
  close(): Promise<void>;
}

interface ContentBlock {
  text?: string;
  document?: { format?: string; name?: string; source?: { bytes?: string } };
}

const SENTENCE = /[^.!?\n]+[.!?]?/g;

/** The first sentences of the document, identifiers masked, as a summary would avoid them. */
export function extractiveSummary(text: string, sentences = 3): string {
  // Mask first: sentence splitting would otherwise cut addresses apart at their dots.
  const masked = text
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]')
    .replace(/\+?\d[\d ./-]{5,}\d/g, '[number]');
  const picked = (masked.match(SENTENCE) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 4)
    .slice(0, sentences);
  return picked.length > 0 ? picked.join(' ') : 'The document holds no prose to summarise.';
}

/** A deterministic answer to the extract task: fields found by pattern, no personal data. */
export function extractFields(text: string): Record<string, unknown> {
  const title =
    text
      .split('\n')
      .map((l) => l.replace(/^[#\s]+/, '').trim())
      .find((l) => l.length > 3 && !/synthetic/i.test(l)) ?? null;
  const dates = [...text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => m[0]);
  const amounts = [...text.matchAll(/(\d+(?:[.,]\d{2})?)\s?(EUR|USD|GBP|€)/g)].map((m) => ({
    value: Number(m[1]?.replace(',', '.')),
    currency: m[2] === '€' ? 'EUR' : m[2],
  }));
  const organisations = [
    ...new Set(
      [...text.matchAll(/\b([A-Z][\w&-]+(?: [A-Z][\w&-]+)* (?:GmbH|AG|SA|SAS|S\.p\.A\.|BV|B\.V\.|Ltd|S\.L\.|Oy|AB))/g)].map(
        (m) => m[1],
      ),
    ),
  ];
  return {
    title,
    documentType: /invoice|rechnung|facture|fattura|factura/i.test(text) ? 'invoice' : 'document',
    language: null,
    dates,
    amounts,
    organisations,
  };
}

export async function startBedrockStandIn(options: { catalog: ProfileCatalog; latencyMs?: number }): Promise<BedrockStandIn> {
  const calls: ConverseCall[] = [];
  const faults: { fault: Fault; left: number }[] = [];
  let latencyMs = options.latencyMs ?? 0;

  const server = createServer((req: Http2ServerRequest, res: Http2ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void answer(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });

  // HTTP/2 sessions kept alive by clients would hold close() open.
  const sessions = new Set<ServerHttp2Session>();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });

  async function answer(req: Http2ServerRequest, res: Http2ServerResponse, body: string): Promise<void> {
    const started = Date.now();
    // A caller that gives up (timeout) resets the stream before we answer.
    let abandoned = false;
    req.stream.once('close', () => {
      abandoned = !res.writableEnded;
    });
    const match = /^\/model\/([^/]+)\/converse$/.exec(req.url ?? '');
    const requestId = randomUUID();
    const reply = (status: number, payload: unknown, errorType?: string): void => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'x-amzn-requestid': requestId,
        ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
      });
      res.end(JSON.stringify(payload));
    };
    if (req.method !== 'POST' || !match) {
      reply(404, { message: `unknown operation ${req.method} ${req.url}` }, 'UnknownOperationException');
      return;
    }
    const modelId = decodeURIComponent(match[1] ?? '');
    // The caller's region is the SigV4 credential scope: Credential=AKID/20260101/<region>/bedrock/aws4_request
    const sourceRegion =
      /Credential=[^/]+\/\d{8}\/([^/]+)\/bedrock\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? 'unknown';
    const record = (status: number) => calls.push({ modelId, sourceRegion, status, at: started });

    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    if (!profileCallableFrom(options.catalog, modelId, sourceRegion)) {
      record(400);
      reply(400, { message: 'The provided model identifier is invalid.' }, 'ValidationException');
      return;
    }
    const fault = faults.find((f) => f.left > 0 && (!f.fault.modelId || f.fault.modelId === modelId));
    if (fault) {
      fault.left -= 1;
      if (fault.fault.delayMs) await new Promise((r) => setTimeout(r, fault.fault.delayMs));
      if (fault.fault.status) {
        record(fault.fault.status);
        reply(fault.fault.status, { message: `injected ${fault.fault.errorType}` }, fault.fault.errorType);
        return;
      }
    }
    if (abandoned || req.stream.destroyed) {
      record(499); // the caller gave up (timeout) before the answer
      return;
    }
    let request: {
      messages?: { content?: ContentBlock[] }[];
      system?: { text?: string }[];
      inferenceConfig?: { maxTokens?: number };
    };
    try {
      request = JSON.parse(body);
    } catch {
      record(400);
      reply(400, { message: 'Malformed request body' }, 'ValidationException');
      return;
    }
    const blocks = (request.messages ?? []).flatMap((m) => m.content ?? []);
    const documents = blocks.filter((b) => b.document);
    if (documents.length > 5 || (documents.length > 0 && !blocks.some((b) => b.text))) {
      record(400);
      reply(400, { message: 'A text block must accompany at most five documents' }, 'ValidationException');
      return;
    }
    const text = blocks.map((b) => b.text ?? '').join('\n');
    const docText = /<document>\n?([\s\S]*?)\n?<\/document>/.exec(text)?.[1] ?? '';
    const docBytes = documents.reduce((n, b) => n + Math.floor(((b.document?.source?.bytes ?? '').length * 3) / 4), 0);
    const wantsJson = (request.system ?? []).some((s) => /JSON object only/.test(s.text ?? ''));
    let summary = wantsJson
      ? JSON.stringify(extractFields(docText))
      : documents.length > 0
        ? `A ${documents.map((d) => d.document?.format).join(', ')} document of ${docBytes} bytes, read by the model directly.`
        : extractiveSummary(docText);
    const maxTokens = request.inferenceConfig?.maxTokens ?? 4096;
    let stopReason = 'end_turn';
    if (Math.ceil(summary.length / 4) > maxTokens) {
      summary = summary.slice(0, maxTokens * 4);
      stopReason = 'max_tokens';
    }
    const systemChars = (request.system ?? []).reduce((n, s) => n + (s.text?.length ?? 0), 0);
    const inputTokens = Math.ceil((systemChars + text.length) / 4) + Math.ceil(docBytes / 6);
    const outputTokens = Math.ceil(summary.length / 4);
    record(200);
    reply(200, {
      output: { message: { role: 'assistant', content: [{ text: summary }] } },
      stopReason,
      usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
      metrics: { latencyMs: Date.now() - started },
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    injectFault: (fault) => faults.push({ fault, left: fault.times }),
    setLatency: (ms) => {
      latencyMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
      }),
  };
}
