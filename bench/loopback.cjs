// Preloaded with `node --require` by bench/run: the official fake calls listen(port) without a host, which
// binds every interface. This inserts 127.0.0.1 whenever a listen call gives only a port (number or string).
const net = require('net')
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if ((typeof args[0] === 'number' || typeof args[0] === 'string' && /^\d+$/.test(args[0])) &&
      (args.length === 1 || typeof args[1] !== 'string')) {
    args.splice(1, 0, '127.0.0.1')
  } else if (args[0] && typeof args[0] === 'object' && !Array.isArray(args[0]) && args[0].host === undefined &&
      args[0].path === undefined) {
    args[0] = { ...args[0], host: '127.0.0.1' }
  }
  return listen.apply(this, args)
}
