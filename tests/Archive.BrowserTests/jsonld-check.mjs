// The structured data check of the browser tests: every <script type="application/ld+json"> block of the given
// pages must be JSON, expand without loss under a JSON-LD processor (jsonld.js in safe mode: an unmapped term or a
// malformed value is an error), and use only types and properties of the schema.org vocabulary (from schema-dts).
// schema.org's context is resolved locally, so the check needs no network.
// Usage: node jsonld-check.mjs <page-url-base> <file>...   Prints one line per problem; exit 1 if there is any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import jsonld from 'jsonld';

const require = createRequire(import.meta.url);
const schema = 'https://schema.org/';
const vocabulary = readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
const types = new Set([...vocabulary.matchAll(/"@type": "(\w+)"/g)].map(m => schema + m[1]));
const properties = new Set([...vocabulary.matchAll(/^\s+"(\w+)"\?:/gm)].map(m => schema + m[1]));

const documentLoader = async url => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) {
    return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': schema } } };
  }
  throw new Error(`the structured data loads ${url}; only schema.org's context is allowed`);
};

function* terms(node) {
  if (Array.isArray(node)) {
    for (const item of node) yield* terms(item);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type') {
        for (const type of value) yield ['type', type];
      } else if (!key.startsWith('@')) {
        yield ['property', key];
      }
      yield* terms(value);
    }
  }
}

const problems = [];
const [base, ...files] = process.argv.slice(2);
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(m => m[1]);
  for (const [index, text] of blocks.entries()) {
    const where = `${file} (block ${index + 1})`;
    try {
      const expanded = await jsonld.expand(JSON.parse(text), { documentLoader, safe: true, base: base || pathToFileURL(file).href });
      if (expanded.length === 0) problems.push(`${where}: expands to nothing`);
      for (const [kind, iri] of terms(expanded)) {
        if (!(kind === 'type' ? types : properties).has(iri)) problems.push(`${where}: ${iri} is not a schema.org ${kind}`);
      }
    } catch (error) {
      problems.push(`${where}: ${error.message}${error.details ? ' ' + JSON.stringify(error.details).slice(0, 300) : ''}`);
    }
  }
}
for (const problem of problems) console.log(problem);
process.exit(problems.length === 0 ? 0 : 1);
