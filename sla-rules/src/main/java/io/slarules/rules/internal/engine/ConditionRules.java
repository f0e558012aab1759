package io.slarules.rules.internal.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.model.functions.IntrospectableLambda;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rule's condition a thread is evaluating, read from its stack: the executable model compiles
 * each constraint to a class of its own, so the class of the frame a constraint calls names the
 * rules whose patterns hold that constraint. Used only when an evaluation is abandoned at its
 * deadline with no consequence running; best effort (an empty name when the stack shows no
 * constraint of a known rule).
 */
public final class ConditionRules {

    private static final String CONSTRAINT_EVALUATION = "org.drools.modelcompiler.constraints.";

    private ConditionRules() {
    }

    /** The rule whose condition the stack is in (the first by name when the constraint is shared), or empty. */
    static String ruleOf(KieBase kieBase, StackTraceElement[] stack) {
        try {
            int constraint = -1;
            for (int i = 0; i < stack.length; i++) {
                if (stack[i].getClassName().startsWith(CONSTRAINT_EVALUATION)) {
                    constraint = i;
                    break;
                }
            }
            if (constraint < 0) {
                return "";
            }
            Set<String> callees = new java.util.HashSet<>();
            for (int i = 0; i < constraint; i++) {
                // the constraint's own class, not the engine's wrappers around it
                if (!stack[i].getClassName().startsWith("org.drools.")) {
                    callees.add(stack[i].getClassName());
                }
            }
            Set<String> rules = new TreeSet<>();
            for (KiePackage p : kieBase.getKiePackages()) {
                for (org.kie.api.definition.rule.Rule rule : p.getRules()) {
                    if (rule instanceof RuleImpl impl && holds(impl.getLhs(), callees, new IdentityHashMap<>())) {
                        rules.add(rule.getName());
                    }
                }
            }
            return rules.isEmpty() ? "" : rules.iterator().next();
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    private static boolean holds(RuleConditionElement element, Set<String> classes, Map<Object, Boolean> seen) {
        if (element == null || seen.put(element, Boolean.TRUE) != null) {
            return false;
        }
        if (element instanceof Pattern pattern) {
            for (Constraint c : pattern.getConstraints()) {
                if (c instanceof LambdaConstraint lambda
                        && reaches(lambda.getEvaluator().getConstraint(), classes, 0, new IdentityHashMap<>())) {
                    return true;
                }
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (holds(nested, classes, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the constraint's predicate (a few references deep) is of one of the classes. */
    private static boolean reaches(Object o, Set<String> classes, int depth, Map<Object, Boolean> seen) {
        if (o == null || depth > 3 || seen.put(o, Boolean.TRUE) != null) {
            return false;
        }
        if (classes.contains(o.getClass().getName())) {
            return true;
        }
        if (o instanceof IntrospectableLambda lambda && reaches(lambda.getLambda(), classes, depth + 1, seen)) {
            return true;
        }
        for (Class<?> type = o.getClass(); type != null && type.getName().startsWith("org.drools."); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    if (reaches(field.get(o), classes, depth + 1, seen)) {
                        return true;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not readable: look elsewhere
                }
            }
        }
        return false;
    }
}
