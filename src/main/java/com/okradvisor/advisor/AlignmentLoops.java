package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.AlignmentLoopFact;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds objectives that align to each other in a loop (A → B → A). Every elementary loop through the
 * alignment graph's strongly connected parts is reported once, starting from its lowest key.
 */
final class AlignmentLoops {

    private AlignmentLoops() {
    }

    static List<AlignmentLoopFact> find(Portfolio portfolio) {
        Map<String, List<String>> parents = new TreeMap<>(IssueKeys.ORDER);
        for (Objective objective : portfolio.objectives()) {
            List<String> known = objective.parentKeys().stream()
                    .distinct().filter(key -> portfolio.objective(key).isPresent()).sorted(IssueKeys.ORDER).toList();
            if (!known.isEmpty()) {
                parents.put(objective.key(), known);
            }
        }
        List<AlignmentLoopFact> loops = new ArrayList<>();
        Set<String> visitedStarts = new HashSet<>();
        for (String start : parents.keySet()) {
            walk(start, start, parents, new ArrayList<>(List.of(start)), new HashSet<>(Set.of(start)), visitedStarts,
                    loops);
            visitedStarts.add(start);
        }
        return loops;
    }

    /** Depth-first search for loops back to {@code start} through keys above it (each loop found once). */
    private static void walk(String start, String current, Map<String, List<String>> parents, List<String> path,
            Set<String> onPath, Set<String> visitedStarts, List<AlignmentLoopFact> loops) {
        for (String next : parents.getOrDefault(current, List.of())) {
            if (next.equals(start)) {
                List<String> loop = new ArrayList<>(path);
                loop.add(start);
                loops.add(new AlignmentLoopFact(loop));
            } else if (!onPath.contains(next) && !visitedStarts.contains(next) && IssueKeys.ORDER.compare(next, start) > 0) {
                path.add(next);
                onPath.add(next);
                walk(start, next, parents, path, onPath, visitedStarts, loops);
                onPath.remove(next);
                path.remove(path.size() - 1);
            }
        }
    }
}
