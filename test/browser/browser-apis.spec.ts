import { Local, spawn } from '../../src/index.js';

describe('in Chromium', () => {
  it('runs DOM event listeners in the task that added them, whoever dispatches', async () => {
    const local = new Local();
    const button = document.createElement('button');
    document.body.appendChild(button);
    const heard: unknown[] = [];
    await spawn(() => {
      local.id = 'listener task';
      button.addEventListener('click', () => heard.push(local.id));
    });
    await spawn(() => {
      local.id = 'clicking task';
      button.click();
    });
    button.click();
    button.remove();
    expect(heard).toEqual(['listener task', 'listener task']);
  });

  it('keeps task values in requestAnimationFrame callbacks', async () => {
    const local = new Local();
    const run = (id: string) =>
      spawn(
        () =>
          new Promise((resolve) => {
            local.id = id;
            requestAnimationFrame(() => resolve(local.id));
          }),
      );
    expect(await Promise.all([run('a'), run('b')])).toEqual(['a', 'b']);
  });

  it('keeps task values in XMLHttpRequest callbacks for a served file', async () => {
    const local = new Local();
    const run = (id: string) =>
      spawn(
        () =>
          new Promise((resolve, reject) => {
            local.id = id;
            const xhr = new XMLHttpRequest();
            xhr.open('GET', '/base/test/fixtures/greeting.json');
            xhr.onload = () => resolve([JSON.parse(xhr.responseText).greeting, local.id]);
            xhr.onerror = reject;
            xhr.send();
          }),
      );
    expect(await Promise.all([run('a'), run('b')])).toEqual([
      ['hello', 'a'],
      ['hello', 'b'],
    ]);
  });

  it('keeps task values after fetch of a served file', async () => {
    const local = new Local();
    const run = (id: string) =>
      spawn(async () => {
        local.id = id;
        const response = await fetch('/base/test/fixtures/greeting.json');
        const body = await response.json();
        return [body.greeting, local.id];
      });
    expect(await Promise.all([run('a'), run('b')])).toEqual([
      ['hello', 'a'],
      ['hello', 'b'],
    ]);
  });
});
