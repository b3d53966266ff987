import type { ApiClient } from '$lib/server/api';

declare global {
  namespace App {
    interface Locals {
      api: ApiClient;
    }
    interface Platform {
      /** adapter-node's Node request; the one-process host attaches the API to it. */
      req?: import('node:http').IncomingMessage;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
