import { createContext, useContext } from "react";

// The CSP nonce for this response; the browser hides it after load, so the client gets "".
const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export function useNonce(): string {
  return useContext(NonceContext);
}
