// wrangler bundles a `.wasm` import as a compiled module (its default CompiledWasm rule);
// only the Workers entry imports one.
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}
