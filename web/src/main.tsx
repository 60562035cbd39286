import { render } from "preact";
import { readToken } from "./api.js";
import { App } from "./app.js";
import "./styles.css";

// Before the first render: the story list asks the API as soon as it mounts.
readToken();
const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(<App />, root);
}
