import { startApp } from './app';

/** The main process entry; what it does is in app.ts, where the tests reach it. */
startApp({ mainDir: __dirname });
