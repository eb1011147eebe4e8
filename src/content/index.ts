/** Content script entry: starts the controller; nothing it does may throw into the page. */
import { ContentController } from "./controller.ts";

try {
  new ContentController().start().catch((error: unknown) => console.warn("[fogwatch]", error));
} catch (error) {
  try {
    console.warn("[fogwatch]", error);
  } catch {
    // console replaced by the page
  }
}
