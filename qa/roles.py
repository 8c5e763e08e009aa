"""The role a "who" question asks for ("Who is the CEO of Nike?", "Who is Rainforest's CEO?": CEO) and whether a
sentence states it: a sentence naming the company's CFO says nothing of who its CEO is.

A role is the noun a "who is/was" question puts after its verb (a common noun, or an acronym of capitals: "CEO",
"head coach", "chief executive"), with the words compounded into it, read with the rest of the question
(`qa.understand.Reading.role`). A sentence states it when it holds the role's
words, or the acronym and its words spelled out ("chief executive officer", "chief executive" for CEO; "CEO" for
"chief executive"); it answers when it says so next to a person's name ("their heading suggests" names no head).
"""

from __future__ import annotations

import re

from qa.role_asked import ACRONYM as _ACRONYM
from qa.tokens import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+")
_OFFICER = re.compile(r"^C[A-Z]{1,2}O$")  # a chief officer's title: CEO, CFO, COO, CTO, CMO, CISO
NEAR = 40  # characters between a role and the person's name it is said of ("CEO and co-founder Brian Bagdasarian")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).lower()


def role_spans(sentence: str, role: str) -> list[tuple[int, int]]:
    """Where `sentence` names the `role`: its words in a row (a plural too), or an acronym and its words spelled out,
    either way ("CEO": "chief executive officer", "chief executive"; "chief executive": "CEO")."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(sentence)]
    wanted = [w.lower() for w in _WORD.findall(role)]
    if _ACRONYM.match(role):
        spelled = role.lower()
        runs = [len(spelled)] + ([len(spelled) - 1] if spelled[0] == "c" and spelled[-1] == "o" else [])
        out = [(a, b) for a, b, w in words if w == spelled or w == spelled + "s"]
        for n in runs:  # "chief executive (officer)": a chief's officer may be left out
            for i in range(len(words) - n + 1):
                run = [w for _, _, w in words[i:i + n]]
                if _initials(run) == spelled[:n] and not STOP_WORDS & set(run) and (n == len(spelled) or
                                                                                    run[0] == "chief"):
                    out.append((words[i][0], words[i + n - 1][1]))
        return out
    n = len(wanted)
    out = [(words[i][0], words[i + n - 1][1]) for i in range(len(words) - n + 1)
           if [w for _, _, w in words[i:i + n - 1]] == wanted[:-1] and words[i + n - 1][2] in (wanted[-1],
                                                                                             wanted[-1] + "s")]
    spelled = _initials(wanted)  # "chief executive": "CEO"
    if n >= 2:
        out += [(m.start(), m.end()) for m in _WORD.finditer(sentence)
                if _ACRONYM.match(m.group()) and m.group().lower().startswith(spelled)]
    return out


def states_role(sentence: str, role: str) -> bool:
    """Whether `sentence` names the `role` (`role_spans`)."""
    return bool(role_spans(sentence, role))


def role_of_person(sentence: str, role: str, people: list[int]) -> bool:
    """Whether `sentence` names the `role` next to a person (`people`: where each PERSON entity starts): "CEO and
    co-founder Brian Bagdasarian", "Tim Cook, the chief executive" (within NEAR characters either way)."""
    return any(a - NEAR <= at <= b + NEAR for a, b in role_spans(sentence, role) for at in people)


def other_title(sentence: str, role: str) -> bool:
    """Whether, asked for an officer's title ("CEO"), `sentence` gives another officer's ("CFO Sachin Mehra") and not
    the one asked: it names someone else in the company."""
    if not _OFFICER.match(role):
        return False
    return any(w != role and _OFFICER.match(w) for w in _WORD.findall(sentence)) and not states_role(sentence, role)
