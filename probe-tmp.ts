const { createFreshDatabase } = await import('./test/support/databases.ts');
await (await createFreshDatabase('pglite', { contents: 'demo' })).drop();
for (let i = 0; i < 3; i++) {
  const c0 = process.cpuUsage(); const t = performance.now();
  const fresh = await createFreshDatabase('pglite', { contents: 'demo' });
  const c1 = process.cpuUsage(c0);
  console.log('open', Math.round(performance.now() - t), 'cpu', Math.round((c1.user + c1.system) / 1000));
  await fresh.drop();
}
