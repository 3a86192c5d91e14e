import { answerLoaderRequest, isLoaderRequest } from './loader-protocol';

/** The port Electron gives a utility process to talk to the main process (`process.parentPort`). */
interface ParentPortLike {
  on(event: 'message', listener: (event: { readonly data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

// The entry of the app's loader utility process: Electron sets process.parentPort only there,
// so importing this file anywhere else does nothing.
const port = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (port) {
  port.on('message', ({ data }) => {
    if (isLoaderRequest(data)) void answerLoaderRequest(data).then((response) => port.postMessage(response));
  });
}
