package org.placeworks.shared;

import java.util.List;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.DdlTypeHelper;
import org.hibernate.metamodel.mapping.MappingModelExpressible;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.query.sqm.produce.function.internal.AbstractFunctionArgumentTypeResolver;
import org.hibernate.query.sqm.tree.expression.SqmExpression;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.BasicPluralType;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The HQL function {@code in_array(value, :values)}: true when {@code value} is one of an array bound as one
 * parameter, written {@code value = any(?)} for PostgreSQL, which uses the column's index as {@code in} would.
 * Bind a Java array ({@code UUID[]}; {@code String[]} of names for an enum stored by name), never a list: a list is
 * one parameter per element, so a statement fails past 65,535 of them, and Hibernate translates a query that binds a
 * list afresh at every call.
 * With Panache, bind an array that is the query's only parameter by name ({@code Parameters.with("ids", ids)}): given
 * alone to the varargs of {@code list(query, params...)}, it would be taken for the parameters themselves.
 * {@code QueriesBindOneArrayTest} keeps {@code in :list} out of the code. Registered through
 * {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public class InArray implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions.getFunctionRegistry().register("in_array", new Function(contributions));
    }

    private static final class Function extends AbstractSqmSelfRenderingFunctionDescriptor {

        Function(FunctionContributions contributions) {
            super("in_array", StandardArgumentsValidators.exactly(2),
                    StandardFunctionReturnTypeResolvers.invariant(
                            contributions.getTypeConfiguration().standardBasicTypeForJavaType(Boolean.class)),
                    ARRAY_OF_THE_COLUMN_TYPE);
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                SqlAstTranslator<?> walker) {
            sql.append('(');
            arguments.get(0).accept(walker);
            sql.append(" = any(");
            arguments.get(1).accept(walker);
            sql.append("))");
        }
    }

    /**
     * The bound array's type: an array of what the value's column holds (a uuid column takes uuid[]; an enum stored
     * by name takes its names, text[], so bind {@code String[]} of names for it).
     */
    private static final AbstractFunctionArgumentTypeResolver ARRAY_OF_THE_COLUMN_TYPE = (arguments, index, converter) -> {
        if (index != 1 || !(arguments.get(0) instanceof SqmExpression<?> value)) {
            return null;
        }
        MappingModelExpressible<?> valueType = converter.determineValueMapping(value);
        if (valueType == null || valueType.getSingleJdbcMapping() instanceof BasicPluralType<?, ?>) {
            return null;
        }
        TypeConfiguration types = converter.getCreationContext().getTypeConfiguration();
        Class<?> stored = valueType.getSingleJdbcMapping().getJdbcJavaType().getJavaTypeClass();
        return DdlTypeHelper.resolveArrayType(types.standardBasicTypeForJavaType(stored), types);
    };
}
