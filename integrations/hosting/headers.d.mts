// Types of headers.mjs, for the browser tests that import it.
export declare const EXAMPLE_ORIGIN: string;
export declare const COMMON_HEADERS: Record<string, string>;
export declare function frameCsp(origins?: string[]): string;
export declare function storyCsp(origins?: string[]): string;
export declare function hostingHeaders(path: string, origins: string[]): Record<string, string>;
