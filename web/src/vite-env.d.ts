/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in the served app's build (web/dist), which follows `wujian view`'s folder; false in the single-file report. */
  readonly WUJIAN_FOLLOW?: boolean;
}
