// Layers that must run under plain Node or anywhere (contract, core, host, cli) map the module
// name 'electron' here, so any import of it fails to compile: this module exports nothing usable.
export declare const electronIsNotAllowedInThisLayer: never;
