// Testing Library cleans up after each test only when Vitest globals are on; ours are not.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(cleanup);
