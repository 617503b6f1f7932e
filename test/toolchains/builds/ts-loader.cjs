// A minimal TypeScript loader for webpack, doing what esbuild-loader does:
// strip the types with esbuild's transform and nothing else (target esnext,
// so async/await stays native). webpack awaits a loader's returned promise.
const esbuild = require('esbuild');

module.exports = async function typescriptLoader(source) {
  const { code } = await esbuild.transform(source, {
    loader: 'ts',
    target: 'esnext',
    sourcefile: this.resourcePath,
  });
  return code;
};
