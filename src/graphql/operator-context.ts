import { ArticleCorrections } from './article-corrections.js';
import { ArticleEditing } from './article-editing.js';
import { type Context, type ContextFactory, type Dependencies, RequestContext, type RequestFacts } from './context.js';
import { EditorialCommands } from './editorial-commands.js';

/**
 * The operator API's request context: the public one plus the editors' commands, built on first use
 * like the rest. Its own module, so the public handler's bundle carries none of the editing code.
 */
export class OperatorRequestContext extends RequestContext implements Context {
  private builtEditorial: EditorialCommands | undefined = undefined;
  private builtEditing: ArticleEditing | undefined = undefined;
  private builtCorrections: ArticleCorrections | undefined = undefined;

  constructor(
    private readonly repositories: Dependencies,
    facts: RequestFacts,
  ) {
    super(repositories, facts);
  }

  get editorial(): EditorialCommands {
    const { editorial, audit } = this.repositories;
    this.builtEditorial ??= new EditorialCommands(editorial, audit, this.operator);
    return this.builtEditorial;
  }
  get editing(): ArticleEditing {
    this.builtEditing ??= new ArticleEditing(this.repositories, this.operator);
    return this.builtEditing;
  }
  get corrections(): ArticleCorrections {
    this.builtCorrections ??= new ArticleCorrections(this.repositories, this.operator);
    return this.builtCorrections;
  }
  override pieces(): Context {
    return { ...super.pieces(), editorial: this.editorial, editing: this.editing, corrections: this.corrections };
  }
}

/** An operator API context per request (the operator handler's, the tests'). */
export const operatorContexts =
  (dependencies: Dependencies): ContextFactory =>
  (facts) =>
    new OperatorRequestContext(dependencies, facts);
