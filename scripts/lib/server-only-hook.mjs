// Lets plain Node processes (the job worker, seed and sync scripts) load modules marked
// `import "server-only"`. That marker exists to keep server code out of browser bundles; these
// processes are servers, so it resolves to an empty module here. Used as `node --import`.
import { register } from "node:module";

const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", format: "module", shortCircuit: true };
  return next(specifier, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
