// Deliberately plain JavaScript, so that these stay native async functions:
// zone.js cannot follow their await, which is what the spec shows.
export async function nativeTask(local) {
  local.value = 'set before await';
  await new Promise((resolve) => setTimeout(resolve, 1));
  return local.value;
}

export async function nativeNoop() {
  await Promise.resolve();
}

export async function nativeReadAfterHops(local, id) {
  local.id = id;
  await new Promise((resolve) => setTimeout(resolve, 1));
  await Promise.resolve();
  return local.id;
}

export async function nativeGetAfterHops(variable) {
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 1));
  return variable.get();
}

export async function nativeTaskWithSnapshot(local, Snapshot) {
  local.value = 'set before await';
  const snapshot = new Snapshot();
  await new Promise((resolve) => setTimeout(resolve, 1));
  return [local.value, snapshot.run(() => local.value)];
}

export async function nativeAwaitsNative(local, id) {
  return await nativeReadAfterHops(local, id);
}
