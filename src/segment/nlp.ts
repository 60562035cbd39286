import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The one wink-nlp instance (loading the model takes ~60 ms; do it once per process). */
let instance: ReturnType<typeof winkNLP> | undefined;

export function getNlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}
