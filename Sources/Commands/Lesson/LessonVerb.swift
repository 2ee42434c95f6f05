/// `.lesson [NAME]`: plays a walkthrough of Docs/walkthroughs one step at a time — the step's note,
/// the command as a prompt line, then the command's output, run live on the open dump. Without a
/// name it lists the lessons. Interactively (the shell sets `Session.readInput`) it waits for
/// Enter between steps (`q` stops); in batch mode and scripts it plays every step in order.
enum LessonVerb {
  static let usage = ".lesson [NAME]       list the lessons, or play one (Docs/walkthroughs/NAME.md; $DUMPDBG_LESSONS overrides the folder)"

  /// Width notes are wrapped to.
  static let noteWidth = 100

  static let spec = VerbSpec(names: [".lesson"], summary: "play a walkthrough step by step: note, command, output", usage: usage) {
    invocation, session throws(CommandError) in
    var scanner = ArgumentScanner(invocation)
    guard let folder = Lesson.folder() else {
      throw .message(".lesson: no Docs/walkthroughs folder found from here; set DUMPDBG_LESSONS to it")
    }
    guard let name = scanner.word() else {
      let names = Lesson.names(in: folder)
      guard !names.isEmpty else { throw .message(".lesson: no lessons in \(folder)") }
      session.print("Lessons (\(folder)):")
      for n in names {
        let l = Lesson.parse(name: n, markdown: readTextFile(folder + "/" + n + ".md") ?? "")
        session.print("  " + HexFormat.left(n, 16) + " \(l.title) (sample \(l.sample), \(l.steps.count) steps)")
      }
      return
    }
    guard scanner.atEnd else { throw scanner.syntaxError() }
    guard let text = readTextFile(folder + "/" + name + ".md") else {
      throw .message(".lesson: no lesson '\(name)' in \(folder); .lesson lists them")
    }
    let lesson = Lesson.parse(name: name, markdown: text)
    guard !lesson.steps.isEmpty else { throw .message(".lesson: \(name).md has no ```dumpdbg blocks") }
    play(lesson, session)
  }

  /// Prints each step's note, prompt line and output; waits between steps when interactive.
  static func play(_ lesson: Lesson, _ session: Session) {
    session.print("Lesson \(lesson.name): \(lesson.title)")
    session.print("\(lesson.steps.count) steps on the sample \(lesson.sample) (dumpforge Samples/\(lesson.sample)/scenario.yaml -o \(lesson.sample).dmp)")
    for (i, step) in lesson.steps.enumerated() {
      if i > 0, let read = session.readInput {
        guard let answer = read("[Enter: step \(i + 1) of \(lesson.steps.count), q: stop] "), answer.lowercased() != "q" else {
          session.print("Lesson stopped after step \(i).")
          return
        }
      }
      session.print("")
      session.print("--- step \(i + 1)/\(lesson.steps.count) ---")
      for line in wrap(step.note, noteWidth) { session.print(line) }
      session.print(session.prompt + step.command)
      _ = session.execute(line: step.command)
    }
    session.print("")
    session.print("End of lesson \(lesson.name).")
  }

  /// Greedy word wrap of `text` to `width` columns (markdown backticks kept).
  static func wrap(_ text: String, _ width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if !current.isEmpty, current.count + 1 + word.count > width {
        lines.append(current)
        current = ""
      }
      current += (current.isEmpty ? "" : " ") + word
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
