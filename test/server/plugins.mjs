// Test-server routes that let browser tests observe and shape real HTTP traffic:
//   /__requests?match=TEXT     the URLs requested so far (oldest first) that contain TEXT
//   /__status/CODE             an empty response with that status
//   /__respond?status=&type=&body=&delay=&cache=
//                              a response with that status, content type, body and delay (ms)
//   /__hang                    a response that never ends (for abort tests)
// Tests tag their URLs with a unique token (e.g. ?t=abc123) and filter the log by it, so the three
// engines running side by side do not see each other's requests.
const log = [];
const MAX_LOG = 20_000;

function requestLog() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__requests')) {
      log.push(ctx.url);
      if (log.length > MAX_LOG) log.splice(0, log.length - MAX_LOG);
    }
    return next();
  };
}

function routes() {
  return async (ctx, next) => {
    if (ctx.path === '/__requests') {
      const match = String(ctx.query.match ?? '');
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify(log.filter((url) => url.includes(match)));
      return;
    }
    const status = /^\/__status\/(\d{3})/.exec(ctx.path);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = '';
      return;
    }
    if (ctx.path.startsWith('/__respond')) {
      const { status: code = '200', type = 'application/json', body = '', delay = '0', cache = 'no-store' } = ctx.query;
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(delay) || 0, 30_000)));
      ctx.status = Number(code);
      ctx.type = String(type);
      ctx.set('Cache-Control', String(cache));
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.body = String(body);
      return;
    }
    if (ctx.path.startsWith('/__hang')) {
      ctx.req.socket.setTimeout(0);
      await new Promise((resolve) => {
        ctx.req.on('close', resolve);
        setTimeout(resolve, 60_000).unref();
      });
      ctx.status = 204;
      return;
    }
    return next();
  };
}

export function testServerMiddleware() {
  return [requestLog(), routes()];
}

export function testServerPlugins() {
  return [];
}
