import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

/**
 * A journey's statechart moved without an actor per step. A journey's machine only assigns to its
 * context (machines are pure: no I/O), so its next state is the machine's own `transition` computed in
 * one scope made once per machine and kept, rather than an actor created, started, waited for and
 * stopped on every step (BENCHMARKS.md, seventh round). A transition that would do more than that (run
 * an action of its own, or start an invoked or spawned actor) gives undefined, and the caller runs it
 * as before, by an actor of its own that carries out its effects.
 */
export interface StatechartStep {
  /** The machine's first state for this input; undefined when starting it does more than assign. */
  initial(input: Record<string, unknown> | undefined): AnyMachineSnapshot | undefined;
  /** The state after the event; undefined when the transition does more than assign. */
  next(snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot | undefined;
}

export function statechartStep(machine: AnyStateMachine): StatechartStep {
  let scope: AnyActorScope | undefined;
  // Set by the scope whenever the machine hands over an action to carry out: then the step is not a pure one.
  let handedOver = false;

  const scopeOf = (): AnyActorScope => {
    if (scope !== undefined) return scope;
    // Never started: it lends the scope its system (for the inspection events a transition sends) and a `self`.
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => undefined,
      emit: () => undefined,
      defer: () => {
        handedOver = true;
      },
      stopChild: () => undefined,
      actionExecutor: () => {
        handedOver = true;
      },
    };
    return scope;
  };

  const pureOnly = (compute: (actorScope: AnyActorScope) => AnyMachineSnapshot): AnyMachineSnapshot | undefined => {
    handedOver = false;
    const snapshot = compute(scopeOf());
    if (!handedOver && Object.keys(snapshot.children).length === 0) return snapshot;
    // An actor may have been made in this scope's system: the next step gets a fresh scope.
    scope = undefined;
    handedOver = false;
    return undefined;
  };

  return {
    initial: (input) => pureOnly((actorScope) => machine.getInitialSnapshot(actorScope, input)),
    next: (snapshot, event) => pureOnly((actorScope) => machine.transition(snapshot, event, actorScope)),
  };
}
